// Maps socket inodes to the processes holding them by reading the /proc/<pid>/fd links (`socket:[inode]`).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** A process that holds sockets open. */
export interface SocketOwner {
  readonly pid: number;
  /** The command name from /proc/<pid>/comm (at most 15 characters, as the kernel keeps it). */
  readonly command: string;
}

/** Which process owns each socket inode, and how many processes could not be looked into. */
export interface SocketOwnerMap {
  readonly byInode: ReadonlyMap<number, SocketOwner>;
  /** Processes whose fd directory this user may not read (other users' processes when not root). */
  readonly unreadableProcesses: number;
  readonly scannedProcesses: number;
}

function commandOf(procRoot: string, pid: number): string {
  try {
    return readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Scans every process in `procRoot` (the /proc of this pid namespace) for socket file descriptors. */
export function socketOwners(procRoot = '/proc'): SocketOwnerMap {
  const byInode = new Map<number, SocketOwner>();
  let unreadable = 0;
  let scanned = 0;
  for (const name of readdirSync(procRoot)) {
    const code = name.charCodeAt(0);
    if (code < 48 || code > 57) continue; // not a pid
    const pid = Number(name);
    const dir = `${procRoot}/${name}/fd`;
    let fds: string[];
    try {
      fds = readdirSync(dir);
    } catch {
      unreadable += 1; // EACCES for other users' processes, ENOENT when it just exited
      continue;
    }
    scanned += 1;
    let owner: SocketOwner | undefined;
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${dir}/${fd}`);
      } catch {
        continue; // closed between readdir and readlink
      }
      if (!target.startsWith('socket:[')) continue;
      owner ??= { pid, command: commandOf(procRoot, pid) };
      const inode = Number(target.slice(8, -1));
      // A socket shared by several processes (fork, SCM_RIGHTS) is credited to the first one seen.
      if (!byInode.has(inode)) byInode.set(inode, owner);
    }
  }
  return { byInode, unreadableProcesses: unreadable, scannedProcesses: scanned };
}
