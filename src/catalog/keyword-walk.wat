;; Walks an ASCII keyword automaton (keyword-automaton.ts) over a line's bytes and lists the patterns its keywords select:
;; the keyword index's walk (keyword-index.ts), as a JavaScript walk runs cold for most of a scan. Assembled by
;; scripts/build.mjs into keyword-walk.wasm; src/catalog/keyword-walk.ts loads it and lays out its memory.
;;
;; Memory: each byte's symbol at 0 (256 u8: 0 for bytes no keyword uses, so UTF-8 bytes of other characters send the
;; automaton back to its root as their UTF-16 code units do), then the tables (i32: rows, selectsStart, selectsList),
;; the patterns every line selects (i32), a mark per pattern (u8), the selected patterns (i32), and the line (bytes).
(module
  (import "walk" "memory" (memory 1))
  (global $symbols (mut i32) (i32.const 0))
  (global $rows (mut i32) (i32.const 0))
  (global $starts (mut i32) (i32.const 0))
  (global $list (mut i32) (i32.const 0))
  (global $always (mut i32) (i32.const 0))
  (global $alwaysEnd (mut i32) (i32.const 0))
  (global $marked (mut i32) (i32.const 0))
  (global $out (mut i32) (i32.const 0))

  ;; Where the tables and regions are (byte offsets), and the automaton's symbols per row.
  (func (export "layout") (param $symbols i32) (param $rows i32) (param $starts i32) (param $list i32)
        (param $always i32) (param $alwaysEnd i32) (param $marked i32) (param $out i32)
    (global.set $symbols (local.get $symbols))
    (global.set $rows (local.get $rows))
    (global.set $starts (local.get $starts))
    (global.set $list (local.get $list))
    (global.set $always (local.get $always))
    (global.set $alwaysEnd (local.get $alwaysEnd))
    (global.set $marked (local.get $marked))
    (global.set $out (local.get $out)))

  ;; Appends pattern $p to the selected ones at $count unless marked already; returns the new count.
  (func $mark (param $p i32) (param $count i32) (result i32)
    (if (i32.load8_u (i32.add (global.get $marked) (local.get $p))) (then (return (local.get $count))))
    (i32.store8 (i32.add (global.get $marked) (local.get $p)) (i32.const 1))
    (i32.store (i32.add (global.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $p))
    (i32.add (local.get $count) (i32.const 1)))

  ;; Lists the patterns the bytes [$line, $end) select, ascending and once each, at $out; returns how many.
  (func (export "select") (param $line i32) (param $end i32) (result i32)
    (local $rows i32) (local $row i32) (local $next i32) (local $count i32) (local $j i32) (local $stop i32) (local $p i32) (local $x i32)
    (local.set $j (global.get $always))
    (block $none
      (loop $each
        (br_if $none (i32.ge_u (local.get $j) (global.get $alwaysEnd)))
        (local.set $count (call $mark (i32.load (local.get $j)) (local.get $count)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $each)))
    ;; (In a local: code of the first tier, which runs a good part of a scan, reads a global from the instance.)
    (local.set $rows (global.get $rows))
    (block $done
      (loop $bytes
        (br_if $done (i32.ge_u (local.get $line) (local.get $end)))
        (local.set $next (i32.load (i32.add (local.get $rows)
          (i32.shl (i32.add (local.get $row) (i32.load8_u (i32.load8_u (local.get $line)))) (i32.const 2)))))
        (local.set $line (i32.add (local.get $line) (i32.const 1)))
        (if (i32.ge_s (local.get $next) (i32.const 0))
          (then (local.set $row (local.get $next)) (br $bytes)))
        ;; Negative: the target selects patterns.
        (local.set $row (i32.sub (i32.const -1) (local.get $next)))
        (local.set $j (i32.add (global.get $starts) (i32.shl (i32.div_u (local.get $row) (global.get $symbols)) (i32.const 2))))
        (local.set $stop (i32.add (global.get $list) (i32.shl (i32.load offset=4 (local.get $j)) (i32.const 2))))
        (local.set $j (i32.add (global.get $list) (i32.shl (i32.load (local.get $j)) (i32.const 2))))
        (block $listed
          (loop $each
            (br_if $listed (i32.ge_u (local.get $j) (local.get $stop)))
            (local.set $count (call $mark (i32.load (local.get $j)) (local.get $count)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $each)))
        (br $bytes)))
    ;; Clears the marks and sorts (insertion: a line selects a few).
    (local.set $j (i32.const 0))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $j) (local.get $count)))
        (local.set $x (i32.load (i32.add (global.get $out) (i32.shl (local.get $j) (i32.const 2)))))
        (i32.store8 (i32.add (global.get $marked) (local.get $x)) (i32.const 0))
        (local.set $p (local.get $j))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $p)))
            (local.set $next (i32.load (i32.add (global.get $out) (i32.shl (i32.sub (local.get $p) (i32.const 1)) (i32.const 2)))))
            (br_if $placed (i32.le_u (local.get $next) (local.get $x)))
            (i32.store (i32.add (global.get $out) (i32.shl (local.get $p) (i32.const 2))) (local.get $next))
            (local.set $p (i32.sub (local.get $p) (i32.const 1)))
            (br $shift)))
        (i32.store (i32.add (global.get $out) (i32.shl (local.get $p) (i32.const 2))) (local.get $x))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $each)))
    (local.get $count))
)
