// Terminal colours for every text renderer: one type and one constructor, plain text when colour is off.
import pc from 'picocolors';

/** The colour functions a text renderer uses (picocolors' set: `bold`, `dim`, `red`, ...). */
export type Paint = ReturnType<typeof pc.createColors>;

/** Colour functions, or identity functions when `enabled` is false (no TTY, NO_COLOR). */
export function paint(enabled: boolean): Paint {
  return pc.createColors(enabled);
}
