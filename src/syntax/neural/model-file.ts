/**
 * The neural parser's file: a JSON header (format, dimensions, vocabulary, the tensors' names and
 * shapes) and then each tensor row by row, a row as its float32 scale and its weights as int8 (the
 * weight is scale·q/127; a quarter of float32's size, and the parser's scores hardly move).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DyadError } from '../../util/errors.js';
import type { Vocab } from './inputs.js';
import type { Dims, Network } from './network.js';

export const NEURAL_FORMAT = 'dyad-neural-parser/1';

export interface NeuralHeader {
  format: string;
  dims: Dims;
  vocab: Vocab;
  tensors: { name: string; rows: number; cols: number }[];
}

export function saveNetwork(file: string, net: Network, vocab: Vocab): void {
  const header: NeuralHeader = {
    format: NEURAL_FORMAT, dims: net.dims, vocab,
    tensors: net.params.list.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  let size = 4 + json.length;
  for (const p of net.params.list) size += p.rows * (4 + p.cols);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = 4 + json.length;
  const f = net.arena.f32;
  for (const p of net.params.list) {
    for (let r = 0; r < p.rows; r++) {
      const row = p.w + r * p.cols;
      let max = 0;
      for (let j = 0; j < p.cols; j++) max = Math.max(max, Math.abs(f[row + j]));
      out.writeFloatLE(max, at);
      at += 4;
      for (let j = 0; j < p.cols; j++) out.writeInt8(max === 0 ? 0 : Math.round((f[row + j] / max) * 127), at++);
    }
  }
  writeFileSync(file, out);
}

/** The header of a model file, and a function that writes its weights into a network built from it. */
export function readNetworkFile(file: string): { header: NeuralHeader; fill(net: Network): void } {
  let buf: Buffer;
  let header: NeuralHeader;
  try {
    buf = readFileSync(file);
    header = JSON.parse(buf.toString('utf8', 4, 4 + buf.readUInt32LE(0))) as NeuralHeader;
  } catch (e) {
    throw new DyadError('E_MODEL', `cannot read the neural parser model (${(e as Error).message})`, { file, cause: e });
  }
  if (header?.format !== NEURAL_FORMAT) throw new DyadError('E_MODEL', `not a neural parser model of format ${NEURAL_FORMAT}`, { file });
  const size = 4 + buf.readUInt32LE(0) + header.tensors.reduce((s, t) => s + t.rows * (4 + t.cols), 0);
  if (size !== buf.length) throw new DyadError('E_MODEL', `the neural parser model is ${buf.length} bytes, its header says ${size}: truncated or damaged`, { file });
  return {
    header,
    fill(net: Network) {
      let at = 4 + buf.readUInt32LE(0);
      const f = net.arena.f32;
      for (const t of header.tensors) {
        const p = net.params.get(t.name);
        if (p.rows !== t.rows || p.cols !== t.cols) throw new DyadError('E_MODEL', `tensor ${t.name} is ${t.rows}x${t.cols}, the network wants ${p.rows}x${p.cols}`, { file });
        for (let r = 0; r < p.rows; r++) {
          const scale = buf.readFloatLE(at) / 127;
          at += 4;
          const row = p.w + r * p.cols;
          for (let j = 0; j < p.cols; j++) f[row + j] = buf.readInt8(at++) * scale;
        }
      }
    },
  };
}
