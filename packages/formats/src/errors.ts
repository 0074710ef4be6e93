/**
 * Error codes of @silkloom/formats. Bad content inside a readable file is
 * reported as a Diagnostic carrying one of these codes (and thrown as a
 * SilkloomError when the caller does not skip invalid units); a file that
 * cannot be read at all (undecodable bytes, broken XML, cut off mid-record)
 * always throws.
 */
import { defineErrors, errorFactory } from '@silkloom/core';

export const formatsErrors = defineErrors('formats', {
  SLM_ENCODING_UNSUPPORTED: {
    message: 'character encoding "{encoding}" is not supported',
    status: 400,
    hint: 'Use an encoding label the WHATWG Encoding Standard knows: utf-8, utf-16le, utf-16be, gb18030, big5, shift_jis, euc-kr, windows-1252 …',
  },
  SLM_ENCODING_INVALID_BYTES: {
    message: 'bytes that are not valid {encoding}',
    status: 400,
    hint: 'The file is not in the encoding it was read with. Pass the right one with --encoding (e.g. gb18030, big5) or convert the file to UTF-8.',
  },
  SLM_XML_MALFORMED: {
    message: 'malformed XML: {problem}',
    status: 400,
    hint: 'The file is not well-formed XML at the place shown; fix it there (an undeclared entity such as &nbsp; is a common cause).',
  },
  SLM_FORMAT_TRUNCATED: {
    message: 'the file ends inside {record} that starts on line {startLine}',
    status: 400,
    hint: 'The file was cut off (an interrupted download or copy); get the complete file.',
  },
  SLM_FORMAT_WRONG_ROOT: {
    message: 'the root element is <{root}>, expected {expected}',
    status: 400,
    hint: 'The file is not in the format it was read as; pass the right --format.',
  },
  SLM_XLIFF_VERSION_UNSUPPORTED: {
    message: 'XLIFF version "{version}" is not supported',
    status: 400,
    hint: 'XLIFF 1.0–1.2 and 2.0–2.2 are read; convert other versions first.',
  },
  SLM_FORMAT_OPTIONS_INVALID: {
    message: '{problem}',
    status: 400,
    hint: 'A reader or writer was called with options it cannot work with; the message says what is missing.',
  },
  SLM_FORMAT_UNDETECTED: {
    message: 'cannot tell the format of "{file}"',
    status: 400,
    hint: 'Name the format explicitly with --format tmx|xliff|tsv|csv|moses|jsonl.',
  },
  SLM_FORMAT_NO_LANG: {
    message: '{what} has no language',
    status: 400,
    hint: 'Give the language in the file (xml:lang, source-language/target-language, a header row) or with --src/--tgt.',
  },
  SLM_FORMAT_DUPLICATE_LANG: {
    message: 'the unit has more than one variant in {lang}',
    status: 400,
    hint: 'A unit keeps one text per language; split the unit or remove the extra variant.',
  },
  SLM_XLIFF_SAME_LANGUAGE: {
    message: 'source and target are both in {lang}; the target is dropped',
    status: 400,
    hint: 'A warning: a monolingual XLIFF (source-language = target-language) gives no parallel data.',
  },
  SLM_FORMAT_SINGLE_VARIANT: {
    message: 'the unit has {count} language(s) and is skipped',
    status: 400,
    hint: 'Untranslated units are not parallel data; pass keepMonolingual to keep them.',
  },
  SLM_FORMAT_SEGMENT_TOO_LONG: {
    message: 'a segment of {length} characters is longer than the limit of {limit}',
    status: 400,
    hint: 'Such text is rarely a sentence (often a whole document or binary residue); raise maxSegmentLength if it is wanted.',
  },
  SLM_FORMAT_RECORD_TOO_LONG: {
    message: 'a record longer than {limit} characters (no line end found)',
    status: 400,
    hint: 'The line is skipped without being held in memory; raise maxRecordLength if such lines are real data.',
  },
  SLM_FORMAT_UNKNOWN_ELEMENT: {
    message: '<{element}> is not an inline element of {format}; its text is kept',
    status: 400,
    hint: 'A warning: the element is kept in the markup and its text in the plain-text projection.',
  },
  SLM_DELIMITED_COLUMN_COUNT: {
    message: 'the record has {actual} fields, expected {expected}',
    status: 400,
    hint: 'A field probably contains an unquoted delimiter or line break; quote it (RFC 4180) or fix the line.',
  },
  SLM_DELIMITED_HEADER_INVALID: {
    message: 'header column "{column}" is neither a language tag nor one of id, domain, src, tgt',
    status: 400,
    hint: 'Name each text column by its language tag (zh-Hans, th …), or read without a header and give --src/--tgt.',
  },
  SLM_DELIMITED_UNCLOSED_QUOTE: {
    message: 'a quoted field is not closed before the end of the file',
    status: 400,
    hint: 'The file was cut off, or a field starts with a quote that is not meant as RFC 4180 quoting (try quoting: "lenient").',
  },
  SLM_DELIMITED_BAD_QUOTE: {
    message: 'text after the closing quote of a quoted field',
    status: 400,
    hint: 'Inside a quoted field a quote must be doubled (""), per RFC 4180.',
  },
  SLM_MOSES_LINE_COUNT: {
    message: '{shorter} ends after line {lines} but {longer} goes on',
    status: 400,
    hint: 'Moses files must be line-aligned: the same number of lines in both files.',
  },
  SLM_JSONL_INVALID_JSON: {
    message: 'the line is not valid JSON: {problem}',
    status: 400,
    hint: 'Each line of a JSONL file must be one complete JSON object.',
  },
  SLM_JSONL_NOT_A_UNIT: {
    message: 'the line is JSON but not a unit: {problem}',
    status: 400,
    hint: 'See the JSONL schema in packages/formats/README.md: {"id", "variants": {"zh-Hans": "…"}, "domain", "status", "provenance"}.',
  },
  SLM_XML_CHAR_DROPPED: {
    message: 'character U+{codepoint} cannot be written in XML 1.0 and was dropped',
    status: 400,
    hint: 'A warning from a writer: control characters have no XML 1.0 form (XLIFF 2 keeps them as <cp>).',
  },
});

export const formatsError = errorFactory(formatsErrors);
export type FormatsErrorCode = keyof typeof formatsErrors;
