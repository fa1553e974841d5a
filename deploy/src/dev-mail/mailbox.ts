import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A real SMTP server that keeps every mail it accepts: the customers' inbox of `npm start` (mails
 * also written as .eml files) and of the tests of outbound mail.
 */
export interface Mailbox {
  url: string;
  mails: ParsedMail[];
  stop(): Promise<void>;
}

export async function startMailbox(options: { port?: number; folder?: string; onMail?: (mail: ParsedMail) => void } = {}): Promise<Mailbox> {
  const mails: ParsedMail[] = [];
  if (options.folder) mkdirSync(options.folder, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            mails.push(mail);
            if (options.folder) writeFileSync(path.join(options.folder, `${Date.now()}-${mails.length}.eml`), raw);
            options.onMail?.(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
