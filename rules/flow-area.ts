// Where the registration and verification flow lives on the console, for the guide's help on pages it
// does not fully know (engine/unknown-page.ts, issue 20 item 3). `host + path` prefixes.
// Sources: the URLs the page rules name (docs/console-notes.md §2–§10, §16) and the replica-only
// /wxamp/wxverify of the Mini Program's 微信认证 (its real URL is unknown). Checked 2026-12-06.
export const flowAreaPaths: readonly string[] = [
  'mp.weixin.qq.com/cgi-bin/registermidpage',
  'mp.weixin.qq.com/wxopen/waregister',
  'mp.weixin.qq.com/acct/contractorpage',
  'mp.weixin.qq.com/cgi-bin/fastregister',
  'mp.weixin.qq.com/acct/wxverifyorder',
  'mp.weixin.qq.com/wxamp/wxverify',
];

// Console areas that are never part of the flow: the article editor and drafts (/cgi-bin/appmsg,
// /cgi-bin/operate_appmsg, /cgi-bin/draft), messages (/cgi-bin/message), statistics (/misc/…analysis,
// /wxamp/statistics…), version management (/wxamp/wacodepage, /wxopen/wacodepage). Paths from the bench's
// editor page (scripts/bench/editor-page.mjs) and public automation notes; checked 2026-12-06. The guide
// never offers its unknown-page help there, whatever the page holds.
export const outsideFlowPaths: readonly string[] = [
  'mp.weixin.qq.com/cgi-bin/appmsg',
  'mp.weixin.qq.com/cgi-bin/operate_appmsg',
  'mp.weixin.qq.com/cgi-bin/draft',
  'mp.weixin.qq.com/cgi-bin/message',
  'mp.weixin.qq.com/misc/',
  'mp.weixin.qq.com/wxamp/statistics',
  'mp.weixin.qq.com/wxamp/wacodepage',
  'mp.weixin.qq.com/wxopen/wacodepage',
];
