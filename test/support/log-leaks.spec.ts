import { describe, expect, it } from '@jest/globals';
import { logLeaks } from './test-app.js';

describe('the log check every e2e app runs at its close', () => {
  const credential = 'q3J9x1mVtY8bZk2LwP5nR7sA';
  const lines = [
    '{"level":"info","msg":"request completed","status":201}',
    '{"level":"warn","msg":"auth","header":"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdGFmZi0xIn0.c2lnbmF0dXJlLXBhcnQ"}',
    `{"level":"info","msg":"cast","credential":"${credential}"}`,
    '{"level":"error","msg":"key","key":"-----BEGIN PRIVATE KEY-----MC4CAQAw"}',
    '{"level":"info","msg":"student","name":"pii1:AAECAwQF"}',
  ];

  it('names every line that holds a token, a credential, a private key or a sealed value', () => {
    expect(logLeaks(lines, new Set([credential]))).toEqual(lines.slice(1));
  });

  it('passes a clean log', () => {
    expect(logLeaks(lines.slice(0, 1), new Set([credential]))).toEqual([]);
  });
});
