// Builds .eml fixtures byte by byte in a given charset and transfer encoding.

/** Encodes text in a single-byte charset using the reverse of Node's TextDecoder table. */
export function encodeSingleByte(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${charset} cannot encode ${JSON.stringify(ch)}`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

export function encodeText(text: string, charset: string): Uint8Array {
  return charset === 'utf-8' ? new TextEncoder().encode(text) : encodeSingleByte(text, charset);
}

export function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    let token: string;
    if (b === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    if (b === 0x0d) continue;
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) token = String.fromCharCode(b);
    else token = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + token.length > 73) {
      lines.push(`${line}=`);
      line = '';
    }
    line += token;
  }
  lines.push(line);
  return lines.join('\r\n');
}

export function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 2047 encoded-word for a header value. */
export function encodedWord(text: string, charset: string): string {
  return `=?${charset}?B?${Buffer.from(encodeText(text, charset)).toString('base64')}?=`;
}

export interface EmlOptions {
  subject: string;
  body: string;
  charset: string;
  transfer: 'quoted-printable' | 'base64' | '8bit';
  from?: string;
  to?: string;
  html?: string;
  inReplyTo?: string;
}

/** A multipart/alternative message (text + optional HTML) in the given charset and encoding. */
export function buildEml(o: EmlOptions): Buffer {
  const encode = (text: string): Buffer => {
    const bytes = encodeText(text.replace(/\n/g, '\r\n'), o.charset);
    if (o.transfer === 'base64') return Buffer.from(base64Lines(bytes), 'latin1');
    if (o.transfer === 'quoted-printable') return Buffer.from(quotedPrintable(encodeText(text, o.charset)), 'latin1');
    return Buffer.from(bytes);
  };
  const head = [
    `From: ${o.from ?? 'Jonas Jonaitis <jonas.jonaitis@vmi.lt>'}`,
    `To: ${o.to ?? 'klientas@gmail.com'}`,
    `Subject: ${encodedWord(o.subject, o.charset)}`,
    'MIME-Version: 1.0',
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`] : []),
  ];
  const part = (type: string, text: string): Buffer[] => [
    Buffer.from(`Content-Type: ${type}; charset="${o.charset}"\r\nContent-Transfer-Encoding: ${o.transfer}\r\n\r\n`, 'latin1'),
    encode(text),
    Buffer.from('\r\n', 'latin1'),
  ];
  if (!o.html) {
    return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n`, 'latin1'), ...part('text/plain', o.body).map((b, i) => (i === 0 ? b : b))]);
  }
  const boundary = '----=_Part_1234_5678';
  return Buffer.concat([
    Buffer.from(`${head.join('\r\n')}\r\nContent-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n--${boundary}\r\n`, 'latin1'),
    ...part('text/plain', o.body),
    Buffer.from(`--${boundary}\r\n`, 'latin1'),
    ...part('text/html', o.html),
    Buffer.from(`--${boundary}--\r\n`, 'latin1'),
  ]);
}
