import { describe, expect, it } from 'vitest';
import { logSearch } from '@/report/log-search';

describe('logSearch', () => {
  it("finds nginx's request id in its access log", () => {
    expect(logSearch('nginx', '4f5e8c1a9b2d3e7f6a0b1c2d3e4f5a6b')).toBe("grep -F '4f5e8c1a9b2d3e7f6a0b1c2d3e4f5a6b' /var/log/nginx/access.log");
  });

  it("finds Apache's UNIQUE_ID and HAProxy's unique-id in theirs", () => {
    expect(logSearch('apache', 'ZkTx3n8AAQEAAB3ZJ9gAAAAC')).toBe("grep -F 'ZkTx3n8AAQEAAB3ZJ9gAAAAC' /var/log/apache2/access.log");
    expect(logSearch('haproxy', '7F000001:C3A2_7F000001:1F90')).toBe("grep -F '7F000001:C3A2_7F000001:1F90' /var/log/haproxy.log");
  });

  it('says nothing without an id, for a gateway whose log it cannot name, or for an id with a quote', () => {
    expect(logSearch('nginx', undefined)).toBeUndefined();
    expect(logSearch('cloudflare', 'abc123')).toBeUndefined();
    expect(logSearch(undefined, 'abc123')).toBeUndefined();
    expect(logSearch('__proto__', 'abc123')).toBeUndefined();
    expect(logSearch('nginx', "a' ; rm -rf / ; '")).toBeUndefined();
  });
});
