/**
 * The playground answers only this machine: it has no login and lets anyone act as any demo person. Checked on
 * the socket's peer address (not on Host or X-Forwarded-For headers, which the caller chooses).
 */
import { NextFunction, Request, Response } from 'express';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

export function loopbackOnly(options: { allowRemote: boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (options.allowRemote || isLoopbackAddress(req.socket.remoteAddress)) return next();
    res.status(403).json({ error: 'the playground only answers requests from this machine (PLAYGROUND_ALLOW_REMOTE=true allows others)' });
  };
}
