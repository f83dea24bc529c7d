// What to do about a file socklab cannot read or write, from the errno its failure reason starts with.

const READ: Readonly<Record<string, string>> = {
  ENOENT: 'no such file: check the path',
  EACCES: 'permission denied: run as a user who may read it, e.g. with sudo, or change its permissions',
  EPERM: 'not permitted: run as a user who may read it, e.g. with sudo, or change its permissions',
  EISDIR: 'it is a directory: name the files in it',
  ENOTDIR: 'a part of the path is a file, not a directory: check the path',
};

const WRITE: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist: create it first with mkdir -p, or choose another path',
  EACCES: 'permission denied: choose a path this user may write to',
  EPERM: 'not permitted: choose a path this user may write to',
  EISDIR: 'it is a directory: name a file in it',
  ENOTDIR: 'a part of the path is a file, not a directory: check the path',
  EROFS: 'the file system is read-only: choose another path',
  ENOSPC: 'the disk is full: free space or choose another path',
};

/** `; what it means: the fix` for a reason such as `EACCES: permission denied, open '/x'` or `EISDIR`; else ''. */
export function fileAdvice(reason: unknown, access: 'read' | 'write'): string {
  const errno = /^(E[A-Z]+)\b/.exec(String(reason))?.[1];
  const advice = errno === undefined ? undefined : (access === 'read' ? READ : WRITE)[errno];
  return advice === undefined ? '' : `; ${advice}`;
}
