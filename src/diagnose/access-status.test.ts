import { describe, expect, it } from 'vitest';
import { accessLogStatus } from '@/diagnose/access-status';
import { diagnose } from '@/diagnose/index';

const errorLine = '2026/03/14 14:32:07 [crit] 164#164: *1 connect() to unix:/run/php/php-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php-fpm.sock:", host: "localhost"';

describe('accessLogStatus', () => {
  it('reads the status of the access-log line for the request the error line names', () => {
    const text = `${errorLine}\n127.0.0.1 - - [14/Mar/2026:14:32:07 +0000] "GET /index.php HTTP/1.1" 404 146 "-" "curl/8.5.0"`;
    expect(accessLogStatus(text, 0, errorLine.length)).toBe(404);
  });

  it('ignores the same request line with a status that is not an error (another request)', () => {
    const text = `127.0.0.1 - - [14/Mar/2026:14:32:06 +0000] "GET /index.php HTTP/1.1" 308 164 "-" "curl/8.5.0"\n${errorLine}`;
    const start = text.indexOf('2026/03/14');
    expect(accessLogStatus(text, start, text.length)).toBeUndefined();
  });

  it('gives nothing for an error line alone', () => {
    expect(accessLogStatus(errorLine, 0, errorLine.length)).toBeUndefined();
  });
});

describe('an nginx error line with the access-log line of its request', () => {
  it('takes the status the client got from the access log', () => {
    const [first] = diagnose(`${errorLine}\n127.0.0.1 - - [14/Mar/2026:14:32:07 +0000] "GET /index.php HTTP/1.1" 404 146 "-" "curl/8.5.0"`).findings;
    expect({ cause: first.cause, status: first.status }).toEqual({ cause: 'permission-or-selinux', status: 404 });
  });
});
