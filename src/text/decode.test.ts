import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInput, firstInvalidUtf8 } from './decode.js';
import { DyadError } from '../util/errors.js';

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof DyadError);
    return e.code + ' ' + e.message;
  }
  return 'no error';
}

test('valid UTF-8 is returned exactly, CRLF kept, BOM stripped', () => {
  assert.equal(decodeInput(Buffer.from('a\r\nb é'), 'x.txt'), 'a\r\nb é');
  assert.equal(decodeInput(Buffer.from('\ufeffHello'), 'x.txt'), 'Hello');
  assert.equal(decodeInput(Buffer.alloc(0), 'x.txt'), '');
});

test('NUL bytes or many control bytes are binary', () => {
  assert.match(code(() => decodeInput(Buffer.from([0x48, 0x00, 0x49]), 'img.png')), /^E_BINARY img\.png: .*offset 1/);
  const ctl = Buffer.from('ab\x01\x02\x03\x04\x05\x06cd');
  assert.match(code(() => decodeInput(ctl, 'f.bin')), /^E_BINARY f\.bin/);
});

test('invalid UTF-8 names the byte offset', () => {
  const bad = Buffer.concat([Buffer.from('abc'), Buffer.from([0xc3, 0x28]), Buffer.from('z')]);
  assert.match(code(() => decodeInput(bad, 'l1.txt')), /^E_ENCODING l1\.txt: .*offset 3/);
  assert.equal(firstInvalidUtf8(Buffer.from([0xe2, 0x82, 0xac, 0xff])), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // encoded surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0); // overlong
  assert.equal(firstInvalidUtf8(Buffer.from('ok ✓')), 6);
});

test('inputs over the size limit are refused', () => {
  assert.match(code(() => decodeInput(Buffer.from('hello world'), 'big.txt', { maxBytes: 5 })), /^E_TOO_LARGE big\.txt/);
});
