/**
 * The bad-input catalogue as data: each fixture under tests/fixtures/bad/ with every problem its
 * ingest must report, in report order, as `<class> path:line:col CODE message`.
 * Used by bad-inputs.test.ts (ingest level) and ingest-build.test.ts (real builds).
 */

/** Cases whose fixture is read in another zone than the default UTC. */
export const ENV: Record<string, Record<string, string>> = {
  'T22_dst_gap_sofia.txt': { ARCHIVE_TIME_ZONE: 'Europe/Sofia' },
  'T23_dst_overlap_sofia.txt': { ARCHIVE_TIME_ZONE: 'Europe/Sofia' },
};

/** [fixture under tests/fixtures/bad, every problem expected, in report order]. */
export const CATALOGUE: [string, string[]][] = [
  ['C01_script.txt', []],
  ['C02_img_onerror.txt', []],
  ['C03_title_markup.md', []],
  ['C04_jsonld_script.md', []],
  [
    'C05_unsafe_links.md',
    [
      'C C05_unsafe_links.md:6:1 MARKDOWN_URL unsafe link target "javascript:alert(1)" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
      'C C05_unsafe_links.md:6:34 MARKDOWN_URL unsafe link target "JaVaScRiPt:alert(1)" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
      'C C05_unsafe_links.md:6:67 MARKDOWN_URL unsafe link target "javascript:alert(1)" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
      'C C05_unsafe_links.md:8:1 MARKDOWN_URL unsafe link target "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
      'C C05_unsafe_links.md:10:1 MARKDOWN_URL unsafe image source "data:image/png;base64,iVBORw0KGgo=" removed; only http, https and relative URLs are kept',
    ],
  ],
  [
    'C07_raw_html.md',
    [
      'C C07_raw_html.md:8:1 MARKDOWN_HTML raw HTML "<iframe src=\\"https://evil.example/\\"></iframe>" removed; Markdown seeds are rendered without HTML',
      'C C07_raw_html.md:10:1 MARKDOWN_HTML raw HTML "<style>body { display: none }</style>" removed; Markdown seeds are rendered without HTML',
      'C C07_raw_html.md:12:11 MARKDOWN_HTML raw HTML "<img src=x onerror=\\"alert(1)\\">" removed; Markdown seeds are rendered without HTML',
    ],
  ],
  [
    'C10_horizontal_rule.md',
    [
      'B C10_horizontal_rule.md:1:1 FRONT_MATTER_UNTERMINATED front matter opened on line 1 is never closed; add a line of exactly "---" after it',
    ],
  ],
  [
    'C10_two_rules.md',
    [
      'B C10_two_rules.md:3:1 FRONT_MATTER_YAML front matter must be "key: value" lines (title, date, …); a body cannot start with a "---" rule',
    ],
  ],
  [
    'C11_unterminated.md',
    [
      'B C11_unterminated.md:1:1 FRONT_MATTER_UNTERMINATED front matter opened on line 1 is never closed; add a line of exactly "---" after it',
    ],
  ],
  [
    'C12_stray_fence.md',
    ['B C12_stray_fence.md:3:1 FRONT_MATTER_FENCE "--- not a fence" inside front matter; a fence is a line of exactly "---"'],
  ],
  [
    'C15_javascript.md',
    [
      'A C15_javascript.md:1:4 FRONT_MATTER_LANGUAGE front matter language "javascript" refused; only YAML front matter opened by a line of exactly "---" is allowed',
    ],
  ],
  [
    'C15_js.md',
    [
      'A C15_js.md:1:4 FRONT_MATTER_LANGUAGE front matter language "js" refused; only YAML front matter opened by a line of exactly "---" is allowed',
    ],
  ],
  [
    'C15_space_JS.md',
    [
      'A C15_space_JS.md:1:5 FRONT_MATTER_LANGUAGE front matter language "JS" refused; only YAML front matter opened by a line of exactly "---" is allowed',
    ],
  ],
  ['C17_core_tag.md', []],
  [
    'C17_custom_tag.md',
    [
      'A C17_custom_tag.md:3:7 FRONT_MATTER_TAG YAML tag "!foo" refused; front matter is plain data (quoted strings), never typed or executable values',
    ],
  ],
  [
    'C17_js_function_tag.md',
    [
      'A C17_js_function_tag.md:3:8 FRONT_MATTER_TAG YAML tag "!!js/function" refused; front matter is plain data (quoted strings), never typed or executable values',
    ],
  ],
  ['C20_constructor.md', ['A C20_constructor.md:4:1 FRONT_MATTER_KEY key "constructor" refused; it could reach object prototypes']],
  ['C20_proto.md', ['A C20_proto.md:4:1 FRONT_MATTER_KEY key "__proto__" refused; it could reach object prototypes']],
  ['C21_duplicate_key.md', ['B C21_duplicate_key.md:4:1 FRONT_MATTER_DUPLICATE_KEY duplicate key; each front-matter key may appear once']],
  ['C22_title_list.md', ['B C22_title_list.md:2:1 FRONT_MATTER_TYPE "title" expected a string, got a list']],
  ['C22_title_null.md', ['B C22_title_null.md:2:8 FRONT_MATTER_TYPE "title" expected a string, got null ("null"); quote the text']],
  ['C22_title_number.md', ['B C22_title_number.md:2:8 FRONT_MATTER_TYPE "title" expected a string, got a number (1e3); quote the text']],
  ['C22_title_true.md', ['B C22_title_true.md:2:8 FRONT_MATTER_TYPE "title" expected a string, got a boolean (true); quote the text']],
  [
    'C24_unquoted_date.md',
    [
      'B C24_unquoted_date.md:3:7 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), found "2024-02-30"',
    ],
  ],
  [
    'C24_unquoted_datetime.md',
    ['B C24_unquoted_datetime.md:3:15 TIMESTAMP_RANGE day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"'],
  ],
  [
    'C25_slug_collision',
    [
      'A 000_6f6e37195cd625da.txt:0:0 URL_COLLISION URL /2024/09/12/the-russian-chinese-partnership-is-not-6f6e3719/ is also the URL of "C25_slug_collision/takes-the-bundled-url.md"; a .txt seed has no front matter: rename this file (NNN_<16 hex digits>.txt) so the first eight hex digits of its id differ, or convert it to a .md seed with a front-matter slug',
      'A C25_slug_collision/takes-the-bundled-url.md:0:0 URL_COLLISION URL /2024/09/12/the-russian-chinese-partnership-is-not-6f6e3719/ is also the URL of "000_6f6e37195cd625da.txt"; change a front-matter slug or date',
      'A C25_slug_collision/twin-a.md:0:0 URL_COLLISION URL /2024/01/05/twins/ is also the URL of "C25_slug_collision/twin-b.md"; change a front-matter slug or date',
      'A C25_slug_collision/twin-b.md:0:0 URL_COLLISION URL /2024/01/05/twins/ is also the URL of "C25_slug_collision/twin-a.md"; change a front-matter slug or date',
    ],
  ],
  ['C26_identical', []],
  ['C27_alias.md', ['B C27_alias.md:3:8 FRONT_MATTER_ALIAS YAML alias "*name" refused; write the value out']],
  ['C28_yaml_syntax.md', ["B C28_yaml_syntax.md:2:15 FRONT_MATTER_YAML Missing closing 'quote"]],
  [
    'C29_unknown_key.md',
    ['C C29_unknown_key.md:4:1 FRONT_MATTER_UNKNOWN_KEY unknown front-matter key "author" ignored (known: title, date, summary, id, slug)'],
  ],
  ['C30_billion_laughs.md', ['B C30_billion_laughs.md:3:8 FRONT_MATTER_ALIAS YAML alias "*a" refused; write the value out']],
  ['C31_missing_title.md', ['B C31_missing_title.md:1:1 FRONT_MATTER_REQUIRED front matter needs "title"']],
  [
    'C32_yaml_binary.md',
    [
      'A C32_yaml_binary.md:2:8 FRONT_MATTER_TAG YAML tag "!!binary" refused; front matter is plain data (quoted strings), never typed or executable values',
    ],
  ],
  [
    'C33_only_html.md',
    [
      'B C33_only_html.md:5:1 NO_BODY no article text after the front matter (only markup, images or removed HTML)',
      'C C33_only_html.md:6:1 MARKDOWN_HTML raw HTML "<div>Everything here is raw HTML.</div>" removed; Markdown seeds are rendered without HTML',
    ],
  ],
  [
    'C34_language_yaml.md',
    [
      'A C34_language_yaml.md:1:4 FRONT_MATTER_LANGUAGE front matter language "yaml" refused; only YAML front matter opened by a line of exactly "---" is allowed',
    ],
  ],
  [
    'C35_zero_width_title.md',
    [
      'C C35_zero_width_title.md:2:9 INVISIBLE_CHARACTER invisible character U+200B removed from the title',
      'C C35_zero_width_title.md:4:8 INVISIBLE_CHARACTER invisible character U+200B removed from the slug',
    ],
  ],
  [
    'E02_utf16_bom.txt',
    ['B E02_utf16_bom.txt:1:1 ENCODING_UTF16 file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8'],
  ],
  ['E04_cp1252.txt', ['B E04_cp1252.txt:2:7 ENCODING_INVALID invalid UTF-8 byte 0xE9; save the file as UTF-8']],
  ['E05_crlf', []],
  ['E07_line_separator.txt', []],
  ['E08_nul.txt', ['B E08_nul.txt:2:23 CONTROL_CHARACTER NUL character; the file is binary or not UTF-8 (UTF-16?)']],
  [
    'E09_controls.txt',
    ['C E09_controls.txt:2:9 CONTROL_CHARACTER control character U+0007 removed (3 control characters removed from the file)'],
  ],
  [
    'E10_zero_width.txt',
    [
      'C E10_zero_width.txt:2:4 INVISIBLE_CHARACTER invisible character U+200B in the lead paragraph: kept in the text, removed from the headline and slug',
    ],
  ],
  ['E11_zwj_zwnj.txt', []],
  ['E12_nfd.txt', []],
  ['E14_overlong_utf8.txt', ['B E14_overlong_utf8.txt:2:7 ENCODING_INVALID invalid UTF-8 byte 0xC0; save the file as UTF-8']],
  ['E15_encoded_surrogate.txt', ['B E15_encoded_surrogate.txt:2:11 ENCODING_INVALID invalid UTF-8 byte 0xED; save the file as UTF-8']],
  [
    'F01_id_collision',
    [
      'A F01_id_collision/001_0123456789abcdef.txt:0:0 ID_COLLISION id "0123456789abcdef" is also the id of "F01_id_collision/later/002_0123456789abcdef.txt"; give each article its own id (file name or front-matter id)',
      'A F01_id_collision/later/002_0123456789abcdef.txt:0:0 ID_COLLISION id "0123456789abcdef" is also the id of "F01_id_collision/001_0123456789abcdef.txt"; give each article its own id (file name or front-matter id)',
    ],
  ],
  [
    // Two .txt seeds whose ids share their first eight hex digits, on the same day with the same lead words.
    'F01_txt_slug_collision',
    [
      'A F01_txt_slug_collision/001_a1b2c3d400000001.txt:0:0 URL_COLLISION URL /2024/01/05/the-port-of-varna-reopened-on-a1b2c3d4/ is also the URL of "F01_txt_slug_collision/002_a1b2c3d4ffffffff.txt"; a .txt seed has no front matter: rename this file (NNN_<16 hex digits>.txt) so the first eight hex digits of its id differ, or convert it to a .md seed with a front-matter slug',
      'A F01_txt_slug_collision/002_a1b2c3d4ffffffff.txt:0:0 URL_COLLISION URL /2024/01/05/the-port-of-varna-reopened-on-a1b2c3d4/ is also the URL of "F01_txt_slug_collision/001_a1b2c3d400000001.txt"; a .txt seed has no front matter: rename this file (NNN_<16 hex digits>.txt) so the first eight hex digits of its id differ, or convert it to a .md seed with a front-matter slug',
    ],
  ],
  ['F03_non_ascii', []],
  [
    'F06_reserved',
    [
      'A F06_reserved/headers.md:4:7 FRONT_MATTER_SLUG invalid slug "_headers"; use lower-case letters and digits in groups joined by single hyphens (at most 100)',
    ],
  ],
  [
    'F09_not_seeds',
    [
      'B F09_not_seeds/README.md:1:1 FRONT_MATTER_MISSING a Markdown seed starts with front matter: a line of exactly "---", title and date, then "---"',
    ],
  ],
  ['F10_UPPER_CASE.TXT', []],
  [
    'F13_slug_escape.md',
    [
      'A F13_slug_escape.md:4:7 FRONT_MATTER_SLUG invalid slug "../../outside"; use lower-case letters and digits in groups joined by single hyphens (at most 100)',
    ],
  ],
  [
    'F14_reserved_slug.md',
    ['A F14_reserved_slug.md:4:7 FRONT_MATTER_SLUG slug "page" is reserved: /YYYY/MM/DD/page/ belongs to the day\'s listing pages'],
  ],
  [
    'P01_pagefind_body.md',
    [
      'C P01_pagefind_body.md:8:1 MARKDOWN_HTML raw HTML "<div data-pagefind-body>Only this would be indexed.</div>" removed; Markdown seeds are rendered without HTML',
    ],
  ],
  ['P01_pagefind_body_text.txt', []],
  [
    'P02_pagefind_ignore.md',
    [
      'C P02_pagefind_ignore.md:8:1 MARKDOWN_HTML raw HTML "<p data-pagefind-ignore=\\"all\\">hidden</p>" removed; Markdown seeds are rendered without HTML',
    ],
  ],
  [
    'P04_pagefind_weight.md',
    [
      'C P04_pagefind_weight.md:6:9 MARKDOWN_HTML raw HTML "<span data-pagefind-weight=\\"10\\">" removed; Markdown seeds are rendered without HTML',
      'C P04_pagefind_weight.md:6:46 MARKDOWN_HTML raw HTML "</span>" removed; Markdown seeds are rendered without HTML',
      'C P04_pagefind_weight.md:6:59 MARKDOWN_HTML raw HTML "<span data-pagefind-sort=\\"date:2099\\">" removed; Markdown seeds are rendered without HTML',
      'C P04_pagefind_weight.md:6:97 MARKDOWN_HTML raw HTML "</span>" removed; Markdown seeds are rendered without HTML',
    ],
  ],
  ['S01_empty.txt', ['B S01_empty.txt:1:1 EMPTY_FILE empty file; a seed needs a timestamp on line 1 and paragraphs below it']],
  ['S02_whitespace.txt', ['B S02_whitespace.txt:1:1 EMPTY_FILE empty file; a seed needs a timestamp on line 1 and paragraphs below it']],
  ['S03_no_body.txt', ['B S03_no_body.txt:2:1 NO_BODY no paragraphs after the timestamp; add the article text from line 2']],
  [
    'T01_no_timestamp.txt',
    [
      'B T01_no_timestamp.txt:1:1 TIMESTAMP_MISSING line 1 must be the timestamp "YYYY-MM-DD HH:MM:SS", found "Bridge over the Danube to open in March"',
    ],
  ],
  [
    'T02_blank_first_line.txt',
    ['B T02_blank_first_line.txt:1:1 TIMESTAMP_MISSING line 1 is empty; it must be the timestamp "YYYY-MM-DD HH:MM:SS"'],
  ],
  [
    'T03_iso_offset.txt',
    [
      'B T03_iso_offset.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS", found "2024-01-05T10:00:00+02:00": write a space, not ISO 8601\'s "T", and no offset; the time zone comes from ARCHIVE_TIME_ZONE',
    ],
  ],
  [
    'T03_iso_t.txt',
    [
      'B T03_iso_t.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS", found "2024-01-05T10:00:00": write a space, not ISO 8601\'s "T", and no offset; the time zone comes from ARCHIVE_TIME_ZONE',
    ],
  ],
  [
    'T03_iso_z.txt',
    [
      'B T03_iso_z.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS", found "2024-01-05T10:00:00Z": write a space, not ISO 8601\'s "T", and no offset; the time zone comes from ARCHIVE_TIME_ZONE',
    ],
  ],
  [
    'T04_unpadded.txt',
    [
      'B T04_unpadded.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), found "2024-1-5 3:04:05"',
    ],
  ],
  ['T05_trailing_cr.txt', []],
  ['T05_trailing_spaces.txt', ['C T05_trailing_spaces.txt:1:20 TIMESTAMP_TRAILING_SPACE trailing whitespace after the timestamp removed']],
  ['T06_feb30.txt', ['B T06_feb30.txt:1:9 TIMESTAMP_RANGE day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"']],
  ['T07_2000_feb29.txt', []],
  [
    'T07_2023_feb29.txt',
    ['B T07_2023_feb29.txt:1:9 TIMESTAMP_RANGE day 29 is out of range for February 2023 (01–28), found "2023-02-29 10:00:00"'],
  ],
  ['T07_2024_feb29.txt', []],
  [
    'T07_2100_feb29.txt',
    ['B T07_2100_feb29.txt:1:9 TIMESTAMP_RANGE day 29 is out of range for February 2100 (01–28), found "2100-02-29 10:00:00"'],
  ],
  ['T08_hour24.txt', ['B T08_hour24.txt:1:12 TIMESTAMP_RANGE hour 24 is out of range (00–23), found "2024-01-05 24:00:00"']],
  ['T10_day00.txt', ['B T10_day00.txt:1:9 TIMESTAMP_RANGE day 00 is out of range for January 2024 (01–31), found "2024-01-00 10:00:00"']],
  ['T10_minute60.txt', ['B T10_minute60.txt:1:15 TIMESTAMP_RANGE minute 60 is out of range (00–59), found "2024-01-05 10:60:00"']],
  ['T10_month00.txt', ['B T10_month00.txt:1:6 TIMESTAMP_RANGE month 00 is out of range (01–12), found "2024-00-05 10:00:00"']],
  ['T10_month13.txt', ['B T10_month13.txt:1:6 TIMESTAMP_RANGE month 13 is out of range (01–12), found "2024-13-05 10:00:00"']],
  ['T10_second60.txt', ['B T10_second60.txt:1:18 TIMESTAMP_RANGE second 60 is out of range (00–59), found "2024-12-31 23:59:60"']],
  [
    'T12_far_future.txt',
    [
      'B T12_far_future.txt:1:1 TIMESTAMP_FUTURE 2099-01-01 00:00:00 is in the future: more than 24 hour(s) after now (2026-01-01T00:00:00+00:00); fix the date or raise FUTURE_ALLOWANCE_HOURS',
    ],
  ],
  ['T13_year_0000.txt', ['B T13_year_0000.txt:1:1 TIMESTAMP_RANGE year 0000 is out of range (1000–9999), found "0000-01-01 00:00:00"']],
  [
    'T13_year_10000.txt',
    [
      'B T13_year_10000.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), found "+10000-01-01 00:00:00"',
    ],
  ],
  ['T17_same_time', []],
  ['T18_bom.txt', []],
  [
    'T20_trailing_text.txt',
    ['B T20_trailing_text.txt:1:20 TIMESTAMP_TRAILING_TEXT unexpected text after the timestamp, found "2024-01-05 10:00:00 UTC"'],
  ],
  [
    'T21_zero_width_before.txt',
    [
      'B T21_zero_width_before.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), found "\\u200B2024-01-05 10:00:00"',
    ],
  ],
  [
    'T22_dst_gap_sofia.txt',
    [
      'B T22_dst_gap_sofia.txt:1:1 TIMESTAMP_NONEXISTENT 2024-03-31 03:30:00 does not exist in Europe/Sofia: the clocks skipped it (daylight saving time or a zone change)',
    ],
  ],
  ['T23_dst_overlap_sofia.txt', []],
  [
    'T24_arabic_digits.txt',
    [
      'B T24_arabic_digits.txt:1:1 TIMESTAMP_FORMAT expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), found "٢٠٢٤-٠١-٠٥ ١٠:٠٠:٠٠"',
    ],
  ],
];

/** Fixtures with at least one class A problem: each must fail the build on its own. */
export const CLASS_A_FIXTURES = CATALOGUE.filter(([, lines]) => lines.some((line) => line.startsWith('A '))).map(([fixture]) => fixture);
/** Every other fixture: class B and C cases and valid edge cases, which build together. */
export const CLASS_B_C_FIXTURES = CATALOGUE.filter(([fixture]) => !CLASS_A_FIXTURES.includes(fixture)).map(([fixture]) => fixture);
