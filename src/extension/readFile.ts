import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';

/**
 * The bytes of `uri`, or undefined when there is no such file. A `file:` URI is read with Node's fs: the
 * extension host runs where those files are (locally, or on the remote machine of a remote window), and
 * `workspace.fs` would take a round trip through the workbench for each read (in code-server 30-300 ms per
 * missing corrections file, measured by `npm run bench -- --only editor` under load). Other schemes (virtual
 * file systems) go through `workspace.fs`. Other errors (unreadable, a directory) are thrown. The bytes own
 * their buffer (it may be transferred to a worker).
 */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  if (uri.scheme === 'file') {
    try {
      const buf = await fsp.readFile(uri.fsPath);
      // Callers may transfer the bytes' buffer to a worker: never hand out a view of a shared (pooled) one.
      return buf.byteOffset === 0 && buf.buffer.byteLength === buf.byteLength ? buf : new Uint8Array(buf);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
        return undefined;
      }
      throw e;
    }
  }
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}
