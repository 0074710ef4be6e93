/**
 * Import by upload: multipart/form-data with the provenance fields first and
 * the `file` part last. The file is streamed through its hash and straight
 * into the format's reader and the store's import (one transaction): nothing
 * holds the whole file. A file whose SHA-256 the corpus already has is refused
 * (409) unless `force` is "true" — checked once the bytes have been read, so
 * the import rolls back.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { apiError, routes, type ImportResultInfo } from '@silkloom/contract';
import type { Diagnostic } from '@silkloom/core';
import { readFormat, type Format } from '@silkloom/formats';
import type { ServerContext } from '../../context.ts';
import { actorOf, rightsOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { batchOf, checkUploadFields, type UploadFields } from './upload-fields.ts';

/** The file's bytes as the reader's source, hashed on the way; `drain` reads what the reader left. */
function hashedSource(part: MultipartFile) {
  const hash = createHash('sha256');
  const it = part.file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = async () => {
    const r = await it.next();
    if (!r.done) hash.update(r.value);
    return r;
  };
  return {
    // The reader may stop before the end (trailing bytes); returning must not destroy the stream.
    source: { [Symbol.asyncIterator]: () => ({ next, return: async () => ({ done: true as const, value: undefined }) }) },
    async drain(): Promise<string> {
      while (!(await next()).done);
      if (part.file.truncated) throw apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: 'the file is larger than the server accepts' });
      return hash.digest('hex');
    },
  };
}

export function importRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.importUpload, async (req) => {
    const corpus = req.params.corpus;
    const fields: UploadFields = {};
    let result: ImportResultInfo | undefined;
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || result) {
        part.file.resume();
        throw apiError('SLM_API_UPLOAD_INVALID', { problem: `unexpected file part "${part.fieldname}": send one part named "file", last` });
      }
      const checked = checkUploadFields(fields);
      const force = fields.force === 'true';
      const skipInvalid = fields.skipInvalid === 'true';
      let skipped = 0;
      const { source, drain } = hashedSource(part);
      let sha = '';
      const units = readFormat(checked.format as Format, source, {
        file: part.filename,
        ...(checked.srcLang ? { srcLang: checked.srcLang } : {}),
        ...(checked.tgtLang ? { tgtLang: checked.tgtLang } : {}),
        skipInvalid,
        onDiagnostic: (d: Diagnostic) => {
          if (d.severity === 'error') skipped++;
        },
      });
      const imported = await store.imports.run(
        corpus,
        batchOf(checked, part.filename, rightsOf(req).corpus.ownerOrg),
        async (sink) => {
          for await (const unit of units) await sink.add(unit);
          sha = await drain();
          if (!force && (await store.imports.findBySha(corpus, sha))) {
            throw apiError('SLM_API_CONFLICT', { problem: `corpus "${corpus}" already has this file (sha256 ${sha}); send force=true to import it again` });
          }
        },
        { actor: actorOf(req), sha256AfterFill: () => sha },
      );
      result = { ...imported, sourceSha256: sha, skipped };
    }
    if (!result) throw apiError('SLM_API_UPLOAD_INVALID', { problem: 'no part named "file"' });
    return result;
  });
}
