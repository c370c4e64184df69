// Words the platform refuses in a Mini Program's name or short name (F75): names containing 微信,
// 小程序, 腾讯 or other protected words are refused (setNickName error 86011). Only the words the source
// names are listed: others exist but are not published, so they are not guessed here.
export const protectedNameWords = {
  words: ['微信', '小程序', '腾讯'],
  source: 'official API error 86011 (setNickName); docs/console-notes.md §18',
  checked: '2026-12-06',
} as const;
