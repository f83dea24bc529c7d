;; Counts the newlines of a byte range, and the lines longer than a cap, 16 bytes at a time (WebAssembly SIMD).
;; Assembled by scripts/build.mjs into line-count.wasm; src/scan/line-counter.ts is its only user.
(module
  (import "scan" "memory" (memory 1))
  ;; Lines of the last countLines call longer than its cap (their newline excluded).
  (global $longLines (export "longLines") (mut i32) (i32.const 0))

  ;; The newlines in [p, end). `run` is how many bytes of the current line lie before p (0 at a line start).
  (func (export "countLines") (param $p i32) (param $end i32) (param $cap i32) (result i32)
    (local $count i32) (local $run i32) (local $mask i32) (local $last i32) (local $newline v128)
    (global.set $longLines (i32.const 0))
    (local.set $newline (i8x16.splat (i32.const 10)))
    ;; A block holds whole lines shorter than 16 bytes, so blocks can skip the length test only for caps of 16 or more.
    (local.set $last (select (i32.sub (local.get $end) (i32.const 16)) (i32.const -1) (i32.ge_u (local.get $cap) (i32.const 16))))
    (block $blocksDone
      (loop $blocks
        (br_if $blocksDone (i32.gt_s (local.get $p) (local.get $last)))
        (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (local.get $newline))))
        (if (i32.eqz (local.get $mask))
          (then (local.set $run (i32.add (local.get $run) (i32.const 16))))
          (else
            ;; The line that the block's first newline ends; any other line ending in the block is shorter than 16.
            (if (i32.gt_u (i32.add (local.get $run) (i32.ctz (local.get $mask))) (local.get $cap))
              (then (global.set $longLines (i32.add (global.get $longLines) (i32.const 1)))))
            (local.set $count (i32.add (local.get $count) (i32.popcnt (local.get $mask))))
            ;; The bytes after the block's last newline (bit 15 is the block's last byte).
            (local.set $run (i32.sub (i32.clz (local.get $mask)) (i32.const 16)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    (block $bytesDone
      (loop $bytes
        (br_if $bytesDone (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))
          (then
            (if (i32.gt_u (local.get $run) (local.get $cap))
              (then (global.set $longLines (i32.add (global.get $longLines) (i32.const 1)))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $run (i32.const 0)))
          (else (local.set $run (i32.add (local.get $run) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $bytes)))
    (local.get $count)))
