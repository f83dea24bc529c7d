// Writes captured frames as pcapng (the format Wireshark and tshark save): one interface per namespace and interface name.
import { writeFile } from 'node:fs/promises';
import type { CapturedFrame } from './open-capture.js';

const BLOCK = { SECTION_HEADER: 0x0a0d0d0a, INTERFACE: 0x00000001, ENHANCED_PACKET: 0x00000006 } as const;
const OPTION = { SHB_USER_APPLICATION: 4, IF_NAME: 2, IF_DESCRIPTION: 3, EPB_FLAGS: 2 } as const;
const LINKTYPE_ETHERNET = 1;
const SNAP_LENGTH = 262_144;
/** epb_flags direction bits: 01 inbound, 10 outbound. */
const DIRECTION_FLAGS = { in: 1, out: 2 } as const;

/** The frames as a pcapng file in time order: timestamps in microseconds since the epoch, interfaces named `namespace/interface`. */
export function encodePcapng(frames: readonly CapturedFrame[]): Buffer {
  const interfaces = new Map<string, number>();
  const blocks: Buffer[] = [sectionHeader()];
  for (const frame of [...frames].sort((a, b) => a.t - b.t)) {
    const name = `${frame.namespace}/${frame.interface}`;
    let id = interfaces.get(name);
    if (id === undefined) {
      id = interfaces.size;
      interfaces.set(name, id);
      blocks.push(interfaceDescription(name, `interface ${frame.interface} of network namespace ${frame.namespace}`));
    }
    blocks.push(enhancedPacket(id, frame));
  }
  return Buffer.concat(blocks);
}

/** Writes `frames` to `path` as pcapng. */
export async function writePcapng(path: string, frames: readonly CapturedFrame[]): Promise<void> {
  await writeFile(path, encodePcapng(frames));
}

function sectionHeader(): Buffer {
  const body = Buffer.alloc(16);
  body.writeUInt32LE(0x1a2b3c4d, 0);
  body.writeUInt16LE(1, 4);
  body.writeUInt16LE(0, 6);
  body.writeBigInt64LE(-1n, 8);
  return block(BLOCK.SECTION_HEADER, body, options([[OPTION.SHB_USER_APPLICATION, Buffer.from('socklab')]]));
}

function interfaceDescription(name: string, description: string): Buffer {
  const body = Buffer.alloc(8);
  body.writeUInt16LE(LINKTYPE_ETHERNET, 0);
  body.writeUInt32LE(SNAP_LENGTH, 4);
  return block(BLOCK.INTERFACE, body, options([[OPTION.IF_NAME, Buffer.from(name)], [OPTION.IF_DESCRIPTION, Buffer.from(description)]]));
}

function enhancedPacket(interfaceId: number, frame: CapturedFrame): Buffer {
  const body = Buffer.alloc(20);
  const micros = BigInt(Math.round(frame.t * 1000));
  body.writeUInt32LE(interfaceId, 0);
  body.writeUInt32LE(Number(micros >> 32n), 4);
  body.writeUInt32LE(Number(micros & 0xffffffffn), 8);
  body.writeUInt32LE(frame.data.length, 12);
  body.writeUInt32LE(frame.length, 16);
  const flags = Buffer.alloc(4);
  flags.writeUInt32LE(DIRECTION_FLAGS[frame.direction], 0);
  return block(BLOCK.ENHANCED_PACKET, Buffer.concat([body, padded(frame.data)]), options([[OPTION.EPB_FLAGS, flags]]));
}

/** Options as code, length, value padded to 32 bits, closed by opt_endofopt. */
function options(list: readonly (readonly [number, Buffer])[]): Buffer {
  const parts = list.flatMap(([code, value]) => {
    const head = Buffer.alloc(4);
    head.writeUInt16LE(code, 0);
    head.writeUInt16LE(value.length, 2);
    return [head, padded(value)];
  });
  return Buffer.concat([...parts, Buffer.alloc(4)]);
}

/** type, total length, body, options, total length again. */
function block(type: number, body: Buffer, opts: Buffer): Buffer {
  const total = 12 + body.length + opts.length;
  const out = Buffer.alloc(total);
  out.writeUInt32LE(type, 0);
  out.writeUInt32LE(total, 4);
  body.copy(out, 8);
  opts.copy(out, 8 + body.length);
  out.writeUInt32LE(total, total - 4);
  return out;
}

function padded(bytes: Buffer): Buffer {
  const pad = (4 - (bytes.length % 4)) % 4;
  return pad === 0 ? bytes : Buffer.concat([bytes, Buffer.alloc(pad)]);
}
