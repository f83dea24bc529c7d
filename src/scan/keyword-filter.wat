;; Counts the lines of a text, the lines longer than a cap, and finds the first keyword to end in each line, in one pass:
;; a bucketed shift-or filter over 2-byte super-characters, then an exact check of the keywords that could end at each
;; position it lets through. Assembled by scripts/build.mjs into keyword-filter.wasm; src/scan/keyword-filter.ts loads
;; it and lays out its memory, src/scan/keyword-table.ts lays out the table it reads.
;;
;; Memory: the keyword table at 0 (masks, check lists, keyword bytes; see keyword-table.ts), then the text, read
;; into the memory where it is scanned, then the notes on the candidate lines found.
;; The mask of a position p is the 8-byte word at MASKS + 8 * (bytes p-1, p as a little-endian u16): byte k of it has
;; bit b clear when some keyword of bucket b can hold those 2 bytes k bytes before its end (both cases of ASCII letters
;; are entered, so the filter folds case without an instruction for it).
(module
  (import "scan" "memory" (memory 1))
  ;; What the last scan call counted: the newlines it passed, the lines among them longer than its cap (newline
  ;; excluded), and the candidate lines it noted.
  (global $lines (export "lines") (mut i32) (i32.const 0))
  (global $longLines (export "longLines") (mut i32) (i32.const 0))
  (global $found (export "found") (mut i32) (i32.const 0))
  ;; The masks start at byte 64 (the loads' static offset below); after them, at DIRECTORY = 524352, per bucket 16 bytes:
  ;; the mask (u64) that keeps the last bytes of a u64 load its check key takes, with bit 5 of each cleared, the hash
  ;; shift and the offset of its heads (u32 each); the check entries at ENTRIES = 524480 (see keyword-table.ts).

  ;; True when the `length` bytes ending at `p` equal those ending at `last` (the keyword's, lower case), ASCII case
  ;; folded: 16 bytes a step, from the end.
  (func $equal (param $p i32) (param $last i32) (param $length i32) (result i32)
    (local $text v128) (local $differ i32)
    (loop $blocks
      (local.set $text (v128.load (i32.sub (local.get $p) (i32.const 15))))
      (local.set $text (v128.or (local.get $text)
        (v128.and (i8x16.lt_u (i8x16.sub (local.get $text) (i8x16.splat (i32.const 65))) (i8x16.splat (i32.const 26))) (i8x16.splat (i32.const 32)))))
      ;; Bit n set: byte n of the 16 differs; only the last `length` count.
      (local.set $differ (i32.xor (i8x16.bitmask (i8x16.eq (local.get $text) (v128.load (i32.sub (local.get $last) (i32.const 15))))) (i32.const 0xffff)))
      (if (i32.lt_u (local.get $length) (i32.const 16))
        (then (local.set $differ (i32.shr_u (local.get $differ) (i32.sub (i32.const 16) (local.get $length))))))
      (if (local.get $differ) (then (return (i32.const 0))))
      (local.set $p (i32.sub (local.get $p) (i32.const 16)))
      (local.set $last (i32.sub (local.get $last) (i32.const 16)))
      (local.set $length (i32.sub (local.get $length) (i32.const 16)))
      (br_if $blocks (i32.gt_s (local.get $length) (i32.const 0))))
    (i32.const 1))

  ;; True when a keyword of one of the buckets set in `buckets` (bit b: bucket b) ends at `e` and starts at or after
  ;; `base` (ASCII case folded).
  (func $check (param $e i32) (param $base i32) (param $buckets i32) (result i32)
    (local $text i64) (local $bucket i32) (local $slot i32) (local $k i32) (local $stop i32) (local $last i32) (local $length i32)
    (local.set $text (i64.load (i32.sub (local.get $e) (i32.const 7))))
    (loop $eachBucket
      (local.set $bucket (i32.add (i32.const 524352) (i32.shl (i32.ctz (local.get $buckets)) (i32.const 4))))
      (local.set $slot (i32.add (i32.load offset=12 (local.get $bucket))
        (i32.shl
          (i32.wrap_i64 (i64.shr_u (i64.mul (i64.and (local.get $text) (i64.load (local.get $bucket))) (i64.const 0x9e3779b97f4a7c15))
                                   (i64.extend_i32_u (i32.load offset=8 (local.get $bucket)))))
          (i32.const 2))))
      (local.set $k (i32.load (local.get $slot)))
      (local.set $stop (i32.load offset=4 (local.get $slot)))
      (block $none
        (loop $entries
          (br_if $none (i32.ge_u (local.get $k) (local.get $stop)))
          ;; An entry: the offsets of the keyword's last byte and of the byte before its first.
          (local.set $last (i32.load offset=524480 (i32.shl (local.get $k) (i32.const 3))))
          (local.set $length (i32.sub (local.get $last) (i32.load offset=524484 (i32.shl (local.get $k) (i32.const 3)))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $entries (i32.lt_s (i32.sub (i32.add (local.get $e) (i32.const 1)) (local.get $length)) (local.get $base)))
          (br_if $entries (i32.eqz (call $equal (local.get $e) (local.get $last) (local.get $length))))
          (return (i32.const 1))))
      (local.set $buckets (i32.and (local.get $buckets) (i32.sub (local.get $buckets) (i32.const 1))))
      (br_if $eachBucket (local.get $buckets)))
    (i32.const 0))

  ;; The filter word of the 8 positions before a line start, as if they were newlines (no keyword holds one).
  (func $lineStartCarry (result i64)
    (local $m i64)
    (local.set $m (i64.load offset=64 (i32.const 0x5050)))
    (i64.or (i64.or (i64.or (i64.shr_u (local.get $m) (i64.const 8)) (i64.shr_u (local.get $m) (i64.const 16)))
                    (i64.or (i64.shr_u (local.get $m) (i64.const 24)) (i64.shr_u (local.get $m) (i64.const 32))))
            (i64.or (i64.or (i64.shr_u (local.get $m) (i64.const 40)) (i64.shr_u (local.get $m) (i64.const 48)))
                    (i64.shr_u (local.get $m) (i64.const 56)))))

  ;; Ends the lines whose newlines are the set bits of `newlines` (bit n: the byte at + n), noting those longer than
  ;; `cap`; returns where the line after the last of them starts.
  (func $endLines (param $at i32) (param $newlines i32) (param $lineStart i32) (param $cap i32) (result i32)
    (local $p i32)
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $newlines)))
        (local.set $p (i32.add (local.get $at) (i32.ctz (local.get $newlines))))
        (if (i32.gt_u (i32.sub (local.get $p) (local.get $lineStart)) (local.get $cap))
          (then (global.set $longLines (i32.add (global.get $longLines) (i32.const 1)))))
        (global.set $lines (i32.add (global.get $lines) (i32.const 1)))
        (local.set $lineStart (i32.add (local.get $p) (i32.const 1)))
        (local.set $newlines (i32.and (local.get $newlines) (i32.sub (local.get $newlines) (i32.const 1))))
        (br $each)))
    (local.get $lineStart))

  ;; The first newline at or after `p`, or `end` when there is none before it (16 bytes a step).
  (func $lineEnd (param $p i32) (param $end i32) (result i32)
    (local $mask i32)
    (block $found
      (loop $blocks
        (br_if $found (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (i8x16.splat (i32.const 10)))))
        (if (local.get $mask)
          (then (local.set $p (i32.add (local.get $p) (i32.ctz (local.get $mask)))) (br $found)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    (select (local.get $p) (local.get $end) (i32.lt_u (local.get $p) (local.get $end))))

  ;; Scans [base, end): base is a line start (base - 1 holds a newline), and the 16 bytes from end hold no newline.
  ;; Counts the newlines into $lines and the lines longer than `cap` among them into $longLines. For each line holding
  ;; a keyword that ends fewer than `examined` bytes after the line's start, notes four u32 at out: the
  ;; keyword's last byte, the line's start, its end (its newline, or end when it has none before end) and the newlines
  ;; counted before it; then goes on at the next line. Returns where it stopped: end, or the start of the line whose
  ;; note found no room below outEnd (the lines before it counted).
  (func (export "scan") (param $base i32) (param $end i32) (param $out i32) (param $outEnd i32) (param $cap i32) (param $examined i32) (result i32)
    (local $i i32) (local $q i32) (local $e i32) (local $n i32) (local $lineStart i32) (local $newlines i32) (local $buckets i32) (local $shift i64)
    (local $lo i64) (local $hi i64) (local $block v128) (local $zero v128) (local $carry i64) (local $startCarry i64) (local $miss i64)
    (global.set $lines (i32.const 0))
    (global.set $longLines (i32.const 0))
    (global.set $found (i32.const 0))
    (local.set $startCarry (call $lineStartCarry))
    (local.set $carry (local.get $startCarry))
    (local.set $i (local.get $base))
    (local.set $lineStart (local.get $base))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        ;; The mask of position i + j goes j bytes up in a 16-byte vector: byte n of its low half, with the carry, is
        ;; then the filter's verdict on the window ending at i + n; its high half belongs to the next block's windows.
        (local.set $q (i32.sub (local.get $i) (i32.const 1)))
        (local.set $block (v128.or (v128.load64_zero offset=64 (i32.shl (i32.load16_u (local.get $q)) (i32.const 3))) (i8x16.shuffle 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=1 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=2 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=3 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=4 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=5 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=6 (local.get $q)) (i32.const 3))))))
        (local.set $block (v128.or (local.get $block) (i8x16.shuffle 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 (local.get $zero) (v128.load64_zero offset=64 (i32.shl (i32.load16_u offset=7 (local.get $q)) (i32.const 3))))))
        (local.set $lo (i64x2.extract_lane 0 (local.get $block)))
        (local.set $hi (i64x2.extract_lane 1 (local.get $block)))
        ;; A clear bit in byte n: some bucket may hold a keyword ending at i + n.
        (local.set $miss (i64.xor (i64.or (local.get $lo) (local.get $carry)) (i64.const -1)))
        (local.set $carry (local.get $hi))
        ;; Bit n: the byte at i + n is a newline (none lies at or after end).
        (local.set $newlines (i8x16.bitmask (i8x16.eq (v128.load64_zero (local.get $i)) (i8x16.splat (i32.const 10)))))
        (block $blockDone
          (loop $candidates
            (br_if $blockDone (i64.eqz (local.get $miss)))
            (local.set $shift (i64.and (i64.ctz (local.get $miss)) (i64.const 56)))
            (local.set $e (i32.add (local.get $i) (i32.wrap_i64 (i64.shr_u (local.get $shift) (i64.const 3)))))
            (br_if $blockDone (i32.ge_u (local.get $e) (local.get $end)))
            ;; The buckets that may hold a keyword ending at e, and miss without them.
            (local.set $buckets (i32.wrap_i64 (i64.and (i64.shr_u (local.get $miss) (local.get $shift)) (i64.const 0xff))))
            (local.set $miss (i64.and (local.get $miss) (i64.xor (i64.shl (i64.const 0xff) (local.get $shift)) (i64.const -1))))
            (br_if $candidates (i32.eqz (call $check (local.get $e) (local.get $base) (local.get $buckets))))
            ;; A keyword ends at e: the newlines before it end the lines before e's.
            (local.set $lineStart (call $endLines (local.get $i) (i32.and (local.get $newlines) (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $e) (local.get $i))) (i32.const 1))) (local.get $lineStart) (local.get $cap)))
            (local.set $newlines (i32.and (local.get $newlines) (i32.shl (i32.const -1) (i32.sub (local.get $e) (local.get $i)))))
            (br_if $candidates (i32.ge_u (i32.sub (local.get $e) (local.get $lineStart)) (local.get $examined)))
            (if (i32.gt_u (i32.add (local.get $out) (i32.const 16)) (local.get $outEnd))
              (then (return (local.get $lineStart))))
            (local.set $n (call $lineEnd (i32.add (local.get $e) (i32.const 1)) (local.get $end)))
            (i32.store (local.get $out) (local.get $e))
            (i32.store offset=4 (local.get $out) (local.get $lineStart))
            (i32.store offset=8 (local.get $out) (local.get $n))
            (i32.store offset=12 (local.get $out) (global.get $lines))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (global.set $found (i32.add (global.get $found) (i32.const 1)))
            ;; The rest of the line is skipped; the next starts with the line-start carry.
            (if (i32.lt_u (local.get $n) (local.get $end))
              (then (local.set $lineStart (call $endLines (local.get $n) (i32.const 1) (local.get $lineStart) (local.get $cap)))))
            (local.set $i (i32.add (local.get $n) (i32.const 1)))
            (local.set $carry (local.get $startCarry))
            (br $blocks)))
        (if (local.get $newlines)
          (then (local.set $lineStart (call $endLines (local.get $i) (local.get $newlines) (local.get $lineStart) (local.get $cap)))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $blocks)))
    (local.get $end)))
