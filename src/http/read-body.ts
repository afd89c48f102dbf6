import type { IncomingMessage } from 'node:http';

/**
 * The largest request body accepted. Discord's largest interaction payloads (a component click
 * carrying its whole message, or a command with resolved users, members and channels) are tens of
 * kilobytes; anything far beyond that is not from Discord and is refused before it fills memory.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** The raw body, or `'too large'` as soon as Content-Length or the bytes received pass the limit. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | 'too large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        request.off('data', onData);
        request.off('end', onEnd);
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks, received));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
    // A client that hangs up mid-body gets no answer; settling twice after 'end' is harmless.
    request.once('close', () => reject(new Error('the request closed before its body arrived')));
  });
}
