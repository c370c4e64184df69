// A corpus of real, public company names, each as registered (the listing's or registry's own
// spelling), with the mistakes people really make typing them and the message key each must give.
// Used by test/unit/checks/company-name-corpus.test.ts. Sources: the exchange listing named in
// `source` (HKEX, TWSE/TPEx, SSE/SZSE, SGX, Bursa Malaysia, NYSE/Nasdaq via SEC EDGAR, LSE via
// Companies House, TSE, KRX, ASX), or the company's own registration details where it is not listed.
// The names were written from those public listings (not re-fetched when this file was made, 2026-12-02):
// check a name against its source before relying on it outside these tests.
// Keys: `code` or `code:variant` of the company-name check.

export type Region = 'HK' | 'MO' | 'TW' | 'CN' | 'SG' | 'MY' | 'US' | 'GB' | 'JP' | 'KR' | 'AU';

export interface CorpusName {
  name: string;
  region: Region;
  source: string;
  /** What was typed → the message key it must give. */
  mistakes: [typed: string, key: string][];
}

export const companyNames: CorpusName[] = [
  // ---- Hong Kong (HKEX listing: Chinese and English names as on the register) ----
  {
    name: '長江和記實業有限公司 CK Hutchison Holdings Limited',
    region: 'HK',
    source: 'HKEX 0001',
    mistakes: [
      ['长江和记实业有限公司 CK Hutchison Holdings Limited', 'company-name.script:simplified'],
      ['CK Hutchison Holdings Limited 長江和記實業有限公司', 'company-name.order'],
      ['CK Hutchison Holdings Limited', 'company-name.partial:one-language'],
      ['長江和記實業有限公司 CK HUTCHISON HOLDINGS LIMITED', 'company-name.case'],
    ],
  },
  {
    name: '中電控股有限公司 CLP Holdings Limited',
    region: 'HK',
    source: 'HKEX 0002',
    mistakes: [
      ['中电控股有限公司 CLP Holdings Limited', 'company-name.script:simplified'],
      ['中電控股有限公司 CLP Holdings Ltd', 'company-name.mismatch'],
    ],
  },
  {
    name: '香港中華煤氣有限公司 The Hong Kong and China Gas Company Limited',
    region: 'HK',
    source: 'HKEX 0003',
    mistakes: [
      ['香港中華煤氣有限公司 Hong Kong and China Gas Company Limited', 'company-name.mismatch'],
      ['香港中華煤氣有限公司 The Hong Kong & China Gas Company Limited', 'company-name.mismatch'],
      ['香港中華煤氣有限公司The Hong Kong and China Gas Company Limited', 'company-name.spacing:missing'],
    ],
  },
  {
    name: '九龍倉集團有限公司 The Wharf (Holdings) Limited',
    region: 'HK',
    source: 'HKEX 0004',
    mistakes: [
      ['九龍倉集團有限公司 The Wharf （Holdings） Limited', 'company-name.punctuation:brackets'],
      ['九龍倉集團有限公司 The Wharf Holdings Limited', 'company-name.punctuation:missing'],
    ],
  },
  {
    name: '滙豐控股有限公司 HSBC Holdings plc',
    region: 'HK',
    source: 'HKEX 0005 (incorporated in England)',
    mistakes: [
      ['匯豐控股有限公司 HSBC Holdings plc', 'company-name.script:variant-form'],
      ['滙豐控股有限公司 HSBC Holdings PLC', 'company-name.case'],
      ['汇丰控股有限公司 HSBC Holdings plc', 'company-name.script:simplified'],
    ],
  },
  {
    name: '電能實業有限公司 Power Assets Holdings Limited',
    region: 'HK',
    source: 'HKEX 0006',
    mistakes: [['電能實業有限公司  Power Assets Holdings Limited', 'company-name.spacing:double']],
  },
  {
    name: '恒生銀行有限公司 Hang Seng Bank Limited',
    region: 'HK',
    source: 'HKEX 0011 (as listed in 2025)',
    mistakes: [
      ['恒生银行有限公司 Hang Seng Bank Limited', 'company-name.script:simplified'],
      ['恆生銀行有限公司 Hang Seng Bank Limited', 'company-name.script:traditional'],
    ],
  },
  {
    name: '恒基兆業地產有限公司 Henderson Land Development Company Limited',
    region: 'HK',
    source: 'HKEX 0012',
    mistakes: [['恒基兆業地產有限公司 Henderson Land Development Co. Ltd.', 'company-name.mismatch']],
  },
  {
    name: '新鴻基地產發展有限公司 Sun Hung Kai Properties Limited',
    region: 'HK',
    source: 'HKEX 0016',
    mistakes: [
      ['新鸿基地产发展有限公司 Sun Hung Kai Properties Limited', 'company-name.script:simplified'],
      ['新鴻基地產發展有限公司', 'company-name.partial:one-language'],
    ],
  },
  {
    name: '新世界發展有限公司 New World Development Company Limited',
    region: 'HK',
    source: 'HKEX 0017',
    mistakes: [['新世界發展有限公司 New World Development Company Limited ', 'company-name.spacing:edge']],
  },
  {
    name: '東亞銀行有限公司 The Bank of East Asia, Limited',
    region: 'HK',
    source: 'HKEX 0023',
    mistakes: [
      ['東亞銀行有限公司 The Bank of East Asia Limited', 'company-name.punctuation:missing'],
      ['東亞銀行有限公司 The Bank of East Asia，Limited', 'company-name.punctuation'],
    ],
  },
  {
    name: '太古股份有限公司 Swire Pacific Limited',
    region: 'HK',
    source: 'HKEX 0019',
    mistakes: [['Swire Pacific Limited 太古股份有限公司', 'company-name.order']],
  },
  {
    name: '港鐵公司 MTR Corporation Limited',
    region: 'HK',
    source: 'HKEX 0066',
    mistakes: [
      ['港铁公司 MTR Corporation Limited', 'company-name.script:simplified'],
      ['港鐵公司 Mtr Corporation Limited', 'company-name.case'],
    ],
  },
  {
    name: '信和置業有限公司 Sino Land Company Limited',
    region: 'HK',
    source: 'HKEX 0083',
    mistakes: [['信和置業有限公司 Sino Land Company', 'company-name.partial:prefix']],
  },
  {
    name: '恒隆地產有限公司 Hang Lung Properties Limited',
    region: 'HK',
    source: 'HKEX 0101',
    mistakes: [['恒隆地產有限公司 HANG LUNG PROPERTIES LIMITED', 'company-name.case']],
  },
  {
    name: '莎莎國際控股有限公司 Sa Sa International Holdings Limited',
    region: 'HK',
    source: 'HKEX 0178',
    mistakes: [['莎莎國際控股有限公司 SaSa International Holdings Limited', 'company-name.spacing:missing']],
  },
  {
    name: '萬洲國際有限公司 WH Group Limited',
    region: 'HK',
    source: 'HKEX 0288 (incorporated in the Cayman Islands)',
    mistakes: [['万洲国际有限公司 WH Group Limited', 'company-name.script:simplified']],
  },
  {
    name: '國泰航空有限公司 Cathay Pacific Airways Limited',
    region: 'HK',
    source: 'HKEX 0293',
    mistakes: [
      ['国泰航空有限公司 Cathay Pacific Airways Limited', 'company-name.script:simplified'],
      ['國泰航空有限公司 Cathay Pacific Airways', 'company-name.partial:prefix'],
    ],
  },
  {
    name: '香港交易及結算所有限公司 Hong Kong Exchanges and Clearing Limited',
    region: 'HK',
    source: 'HKEX 0388',
    mistakes: [['香港交易及結算所有限公司 Hong Kong Exchanges & Clearing Limited', 'company-name.mismatch']],
  },
  {
    name: '裕元工業(集團)有限公司 Yue Yuen Industrial (Holdings) Limited',
    region: 'HK',
    source: 'HKEX 0551 (incorporated in Bermuda)',
    mistakes: [
      ['裕元工業（集團）有限公司 Yue Yuen Industrial (Holdings) Limited', 'company-name.punctuation:brackets'],
      ['裕元工業集團有限公司 Yue Yuen Industrial (Holdings) Limited', 'company-name.punctuation:missing'],
    ],
  },
  {
    name: '騰訊控股有限公司 Tencent Holdings Limited',
    region: 'HK',
    source: 'HKEX 0700 (incorporated in the Cayman Islands)',
    mistakes: [['腾讯控股有限公司 Tencent Holdings Limited', 'company-name.script:simplified']],
  },
  {
    name: '領展房地產投資信託基金 Link Real Estate Investment Trust',
    region: 'HK',
    source: 'HKEX 0823',
    mistakes: [['領展房地產投資信託基金 Link REIT', 'company-name.mismatch']],
  },
  {
    name: '長江實業集團有限公司 CK Asset Holdings Limited',
    region: 'HK',
    source: 'HKEX 1113',
    mistakes: [['長江實業集團有限公司CK Asset Holdings Limited', 'company-name.spacing:missing']],
  },
  {
    name: '友邦保險控股有限公司 AIA Group Limited',
    region: 'HK',
    source: 'HKEX 1299',
    mistakes: [
      ['友邦保险控股有限公司 AIA Group Limited', 'company-name.script:simplified'],
      ['友邦保險控股有限公司 Aia Group Limited', 'company-name.case'],
    ],
  },
  {
    name: '周大福珠寶集團有限公司 Chow Tai Fook Jewellery Group Limited',
    region: 'HK',
    source: 'HKEX 1929 (incorporated in the Cayman Islands)',
    mistakes: [['周大福珠寶集團有限公司 Chow Tai Fook Jewelry Group Limited', 'company-name.mismatch']],
  },
  {
    name: '李寧有限公司 Li Ning Company Limited',
    region: 'HK',
    source: 'HKEX 2331 (incorporated in the Cayman Islands)',
    mistakes: [['李宁有限公司 Li Ning Company Limited', 'company-name.script:simplified']],
  },
  {
    name: '中銀香港(控股)有限公司 BOC Hong Kong (Holdings) Limited',
    region: 'HK',
    source: 'HKEX 2388',
    mistakes: [
      ['中銀香港（控股）有限公司 BOC Hong Kong （Holdings） Limited', 'company-name.punctuation:brackets'],
      ['中银香港(控股)有限公司 BOC Hong Kong (Holdings) Limited', 'company-name.script:simplified'],
    ],
  },

  // ---- Macao (Macao commercial register; the companies' own published names) ----
  {
    name: '澳門自來水股份有限公司 Macao Water Supply Company Limited',
    region: 'MO',
    source: 'Macao Water (macaowater.com), company details',
    mistakes: [
      ['澳門自來水股份有限公司 Macau Water Supply Company Limited', 'company-name.mismatch'],
      ['澳门自来水股份有限公司 Macao Water Supply Company Limited', 'company-name.script:simplified'],
    ],
  },
  {
    name: '澳門電力股份有限公司',
    region: 'MO',
    source: 'CEM (cem-macau.com), company details',
    mistakes: [
      ['澳门电力股份有限公司', 'company-name.script:simplified'],
      ['澳門電力', 'company-name.partial:prefix'],
    ],
  },
  {
    name: '澳門航空股份有限公司 Air Macau Company Limited',
    region: 'MO',
    source: 'Air Macau (airmacau.com.mo), company details',
    mistakes: [['澳門航空股份有限公司 Air Macao Company Limited', 'company-name.mismatch']],
  },
  {
    name: '大豐銀行股份有限公司 Tai Fung Bank Limited',
    region: 'MO',
    source: 'Tai Fung Bank (taifungbank.com), company details',
    mistakes: [['大丰银行股份有限公司 Tai Fung Bank Limited', 'company-name.script:simplified']],
  },
  {
    name: '澳門國際銀行股份有限公司',
    region: 'MO',
    source: 'Luso International Bank (lusobank.com.mo), company details',
    mistakes: [['澳门国际银行股份有限公司', 'company-name.script:simplified']],
  },
  { name: '澳門電訊有限公司', region: 'MO', source: 'CTM (ctm.net), company details', mistakes: [['澳門電訊有限公司 ', 'company-name.spacing:edge']] },
  {
    name: '澳門旅遊娛樂股份有限公司',
    region: 'MO',
    source: 'STDM (stdm.com.mo), company details',
    mistakes: [['澳門旅游娛樂股份有限公司', 'company-name.script:simplified']],
  },

  // ---- Taiwan (TWSE listing, Chinese name as registered with the MOEA) ----
  {
    name: '群創光電股份有限公司',
    region: 'TW',
    source: 'TWSE 3481 (Innolux Corporation)',
    mistakes: [
      ['羣創光電股份有限公司', 'company-name.script:variant-form'],
      ['群创光电股份有限公司', 'company-name.script:simplified'],
      ['群創光電', 'company-name.partial:prefix'],
    ],
  },
  {
    name: '台灣積體電路製造股份有限公司',
    region: 'TW',
    source: 'TWSE 2330 (TSMC)',
    mistakes: [
      ['臺灣積體電路製造股份有限公司', 'company-name.script:variant-form'],
      ['台湾积体电路制造股份有限公司', 'company-name.script:simplified'],
    ],
  },
  {
    name: '為升電裝工業股份有限公司',
    region: 'TW',
    source: 'TWSE 2231 (Cub Elecparts Inc.)',
    mistakes: [
      ['爲升電裝工業股份有限公司', 'company-name.script:variant-form'],
      ['为升电装工业股份有限公司', 'company-name.script:simplified'],
    ],
  },
  {
    name: '鴻海精密工業股份有限公司',
    region: 'TW',
    source: 'TWSE 2317 (Hon Hai Precision Industry Co., Ltd.)',
    mistakes: [['鸿海精密工业股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '聯發科技股份有限公司',
    region: 'TW',
    source: 'TWSE 2454 (MediaTek Inc.)',
    mistakes: [
      ['联发科技股份有限公司', 'company-name.script:simplified'],
      ['聯發科技有限公司', 'company-name.mismatch'],
    ],
  },
  {
    name: '台達電子工業股份有限公司',
    region: 'TW',
    source: 'TWSE 2308 (Delta Electronics, Inc.)',
    mistakes: [['台達電子工業股份有限公司 ', 'company-name.spacing:edge']],
  },
  {
    name: '中華電信股份有限公司',
    region: 'TW',
    source: 'TWSE 2412 (Chunghwa Telecom Co., Ltd.)',
    mistakes: [['中华电信股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '國泰金融控股股份有限公司',
    region: 'TW',
    source: 'TWSE 2882 (Cathay Financial Holding Co., Ltd.)',
    mistakes: [['国泰金融控股股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '富邦金融控股股份有限公司',
    region: 'TW',
    source: 'TWSE 2881 (Fubon Financial Holding Co., Ltd.)',
    mistakes: [['富邦金融控股股份有限公司 Fubon', 'company-name.mismatch']],
  },
  {
    name: '台灣塑膠工業股份有限公司',
    region: 'TW',
    source: 'TWSE 1301 (Formosa Plastics Corporation)',
    mistakes: [['台湾塑胶工业股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '統一企業股份有限公司',
    region: 'TW',
    source: 'TWSE 1216 (Uni-President Enterprises Corp.)',
    mistakes: [['统一企业股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '長榮海運股份有限公司',
    region: 'TW',
    source: 'TWSE 2603 (Evergreen Marine Corporation (Taiwan) Ltd.)',
    mistakes: [['长荣海运股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '華碩電腦股份有限公司',
    region: 'TW',
    source: 'TWSE 2357 (ASUSTeK Computer Inc.)',
    mistakes: [['华硕电脑股份有限公司', 'company-name.script:simplified']],
  },
  { name: '宏碁股份有限公司', region: 'TW', source: 'TWSE 2353 (Acer Incorporated)', mistakes: [['宏碁股份有限公司 ', 'company-name.spacing:edge']] },
  {
    name: '廣達電腦股份有限公司',
    region: 'TW',
    source: 'TWSE 2382 (Quanta Computer Inc.)',
    mistakes: [['广达电脑股份有限公司', 'company-name.script:simplified']],
  },
  { name: '友達光電股份有限公司', region: 'TW', source: 'TWSE 2409 (AUO Corporation)', mistakes: [['友达光电股份有限公司', 'company-name.script:simplified']] },
  {
    name: '台灣大哥大股份有限公司',
    region: 'TW',
    source: 'TWSE 3045 (Taiwan Mobile Co., Ltd.)',
    mistakes: [['臺灣大哥大股份有限公司', 'company-name.script:variant-form']],
  },
  {
    name: '中國鋼鐵股份有限公司',
    region: 'TW',
    source: 'TWSE 2002 (China Steel Corporation)',
    mistakes: [
      ['中国钢铁股份有限公司', 'company-name.script:simplified'],
      ['中國鋼鉄股份有限公司', 'company-name.mismatch'],
    ],
  },
  {
    name: '日月光投資控股股份有限公司',
    region: 'TW',
    source: 'TWSE 3711 (ASE Technology Holding Co., Ltd.)',
    mistakes: [['日月光投资控股股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '聯華電子股份有限公司',
    region: 'TW',
    source: 'TWSE 2303 (United Microelectronics Corporation)',
    mistakes: [['联华电子股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '大立光電股份有限公司',
    region: 'TW',
    source: 'TWSE 3008 (Largan Precision Co., Ltd.)',
    mistakes: [['大立光电股份有限公司', 'company-name.script:simplified']],
  },
  {
    name: '萬海航運股份有限公司',
    region: 'TW',
    source: 'TWSE 2615 (Wan Hai Lines Ltd.)',
    mistakes: [['万海航运股份有限公司', 'company-name.script:simplified']],
  },

  // ---- Mainland China (SSE/SZSE listing, or the entity's business-licence name) ----
  {
    name: '腾讯科技（深圳）有限公司',
    region: 'CN',
    source: "Tencent's mainland operating entity (its websites' ICP filing details)",
    mistakes: [
      ['騰訊科技（深圳）有限公司', 'company-name.script:traditional'],
      ['腾讯科技(深圳)有限公司', 'company-name.punctuation:brackets'],
      ['腾讯科技有限公司', 'company-name.mismatch'],
    ],
  },
  { name: '贵州茅台酒股份有限公司', region: 'CN', source: 'SSE 600519', mistakes: [['貴州茅臺酒股份有限公司', 'company-name.script:traditional']] },
  {
    name: '中国平安保险（集团）股份有限公司',
    region: 'CN',
    source: 'SSE 601318',
    mistakes: [
      ['中国平安保险(集团)股份有限公司', 'company-name.punctuation:brackets'],
      ['中國平安保險（集團）股份有限公司', 'company-name.script:traditional'],
    ],
  },
  { name: '招商银行股份有限公司', region: 'CN', source: 'SSE 600036', mistakes: [['招商銀行股份有限公司', 'company-name.script:traditional']] },
  {
    name: '比亚迪股份有限公司',
    region: 'CN',
    source: 'SZSE 002594',
    mistakes: [
      ['比亞迪股份有限公司', 'company-name.script:traditional'],
      ['比亚迪有限公司', 'company-name.mismatch'],
    ],
  },
  {
    name: '宁德时代新能源科技股份有限公司',
    region: 'CN',
    source: 'SZSE 300750',
    mistakes: [
      ['宁德时代新能源科技股份有限公司 ', 'company-name.spacing:edge'],
      ['宁德时代', 'company-name.partial:prefix'],
    ],
  },
  { name: '中国工商银行股份有限公司', region: 'CN', source: 'SSE 601398', mistakes: [['中國工商銀行股份有限公司', 'company-name.script:traditional']] },
  { name: '美的集团股份有限公司', region: 'CN', source: 'SZSE 000333', mistakes: [['美的集團股份有限公司', 'company-name.script:traditional']] },
  { name: '珠海格力电器股份有限公司', region: 'CN', source: 'SZSE 000651', mistakes: [['格力电器股份有限公司', 'company-name.mismatch']] },
  { name: '宜宾五粮液股份有限公司', region: 'CN', source: 'SZSE 000858', mistakes: [['宜賓五糧液股份有限公司', 'company-name.script:traditional']] },
  {
    name: '小米科技有限责任公司',
    region: 'CN',
    source: "Xiaomi's mainland operating entity (business licence)",
    mistakes: [['小米科技有限公司', 'company-name.mismatch']],
  },
  {
    name: '阿里巴巴（中国）有限公司',
    region: 'CN',
    source: "Alibaba's mainland operating entity (business licence)",
    mistakes: [['阿里巴巴(中国)有限公司', 'company-name.punctuation:brackets']],
  },
  {
    name: '华为技术有限公司',
    region: 'CN',
    source: "Huawei's operating entity (business licence)",
    mistakes: [['華為技術有限公司', 'company-name.script:traditional']],
  },
  { name: '海尔智家股份有限公司', region: 'CN', source: 'SSE 600690', mistakes: [['海爾智家股份有限公司', 'company-name.script:traditional']] },
  { name: '中国石油化工股份有限公司', region: 'CN', source: 'SSE 600028', mistakes: [['中国石油化工股份有限公司。', 'company-name.punctuation:extra']] },
  { name: '隆基绿能科技股份有限公司', region: 'CN', source: 'SSE 601012', mistakes: [['隆基綠能科技股份有限公司', 'company-name.script:traditional']] },
  { name: '万科企业股份有限公司', region: 'CN', source: 'SZSE 000002', mistakes: [['萬科企業股份有限公司', 'company-name.script:traditional']] },

  // ---- Singapore (SGX listing) ----
  {
    name: 'DBS Group Holdings Ltd',
    region: 'SG',
    source: 'SGX D05',
    mistakes: [
      ['DBS Group Holdings Ltd.', 'company-name.punctuation:extra'],
      ['DBS Group Holdings Limited', 'company-name.mismatch'],
      ['Dbs Group Holdings Ltd', 'company-name.case'],
    ],
  },
  {
    name: 'Oversea-Chinese Banking Corporation Limited',
    region: 'SG',
    source: 'SGX O39',
    mistakes: [
      ['Oversea Chinese Banking Corporation Limited', 'company-name.punctuation:missing'],
      ['Overseas-Chinese Banking Corporation Limited', 'company-name.mismatch'],
    ],
  },
  { name: 'United Overseas Bank Limited', region: 'SG', source: 'SGX U11', mistakes: [['UNITED OVERSEAS BANK LIMITED', 'company-name.case']] },
  {
    name: 'Singapore Telecommunications Limited',
    region: 'SG',
    source: 'SGX Z74',
    mistakes: [['Singapore Telecommunications', 'company-name.partial:prefix']],
  },
  { name: 'Singapore Airlines Limited', region: 'SG', source: 'SGX C6L', mistakes: [['Singapore Airlines Ltd', 'company-name.mismatch']] },
  { name: 'Wilmar International Limited', region: 'SG', source: 'SGX F34', mistakes: [['Wilmar  International Limited', 'company-name.spacing:double']] },

  // ---- Malaysia (Bursa Malaysia listing) ----
  {
    name: 'Malayan Banking Berhad',
    region: 'MY',
    source: 'Bursa 1155',
    mistakes: [
      ['Malayan Banking Bhd', 'company-name.mismatch'],
      ['MALAYAN BANKING BERHAD', 'company-name.case'],
    ],
  },
  { name: 'Public Bank Berhad', region: 'MY', source: 'Bursa 1295', mistakes: [['Public Bank Berhad.', 'company-name.punctuation:extra']] },
  { name: 'Tenaga Nasional Berhad', region: 'MY', source: 'Bursa 5347', mistakes: [['TenagaNasional Berhad', 'company-name.spacing:missing']] },
  { name: 'CIMB Group Holdings Berhad', region: 'MY', source: 'Bursa 1023', mistakes: [['Cimb Group Holdings Berhad', 'company-name.case']] },
  { name: 'Genting Berhad', region: 'MY', source: 'Bursa 3182', mistakes: [['Genting Malaysia Berhad', 'company-name.mismatch']] },
  { name: 'Petronas Chemicals Group Berhad', region: 'MY', source: 'Bursa 5183', mistakes: [['PETRONAS Chemicals Group Berhad', 'company-name.case']] },

  // ---- United States (SEC EDGAR registrant name as the company writes it) ----
  {
    name: 'Apple Inc.',
    region: 'US',
    source: 'Nasdaq AAPL',
    mistakes: [
      ['Apple, Inc.', 'company-name.punctuation:extra'],
      ['apple inc.', 'company-name.case'],
      ['Apple Inc', 'company-name.partial:prefix'],
    ],
  },
  {
    name: 'Microsoft Corporation',
    region: 'US',
    source: 'Nasdaq MSFT',
    mistakes: [
      ['Microsoft Corp.', 'company-name.mismatch'],
      ['MicroSoft Corporation', 'company-name.case'],
    ],
  },
  {
    name: 'Amazon.com, Inc.',
    region: 'US',
    source: 'Nasdaq AMZN',
    mistakes: [
      ['Amazon.com Inc.', 'company-name.punctuation:missing'],
      ['Amazon, Inc.', 'company-name.mismatch'],
      ['Amazon.com，Inc.', 'company-name.punctuation'],
    ],
  },
  { name: 'Alphabet Inc.', region: 'US', source: 'Nasdaq GOOGL', mistakes: [['Alphabet Inc．', 'company-name.punctuation']] },
  {
    name: 'Meta Platforms, Inc.',
    region: 'US',
    source: 'Nasdaq META',
    mistakes: [
      ['Meta Platforms Inc.', 'company-name.punctuation:missing'],
      ['Meta Platforms, Inc', 'company-name.partial:prefix'],
    ],
  },
  {
    name: 'Tesla, Inc.',
    region: 'US',
    source: 'Nasdaq TSLA',
    mistakes: [
      ['Tesla Inc.', 'company-name.punctuation:missing'],
      ['Tesla Inc', 'company-name.punctuation:missing'],
      ['TESLA, INC.', 'company-name.case'],
    ],
  },
  { name: 'NVIDIA Corporation', region: 'US', source: 'Nasdaq NVDA', mistakes: [['Nvidia Corporation', 'company-name.case']] },
  { name: 'Netflix, Inc.', region: 'US', source: 'Nasdaq NFLX', mistakes: [['Netflix Inc.', 'company-name.punctuation:missing']] },
  {
    name: 'The Coca-Cola Company',
    region: 'US',
    source: 'NYSE KO',
    mistakes: [
      ['The Coca Cola Company', 'company-name.punctuation:missing'],
      ['Coca-Cola Company', 'company-name.mismatch'],
    ],
  },
  { name: 'Starbucks Corporation', region: 'US', source: 'Nasdaq SBUX', mistakes: [['Starbucks Corporation ', 'company-name.spacing:edge']] },
  {
    name: 'Johnson & Johnson',
    region: 'US',
    source: 'NYSE JNJ',
    mistakes: [
      ['Johnson and Johnson', 'company-name.mismatch'],
      ['Johnson ＆ Johnson', 'company-name.punctuation'],
      ['Johnson&Johnson', 'company-name.spacing:missing'],
    ],
  },
  { name: 'The Procter & Gamble Company', region: 'US', source: 'NYSE PG', mistakes: [['The Procter and Gamble Company', 'company-name.mismatch']] },
  {
    name: 'Salesforce, Inc.',
    region: 'US',
    source: 'NYSE CRM',
    mistakes: [
      ['Salesforce Inc.', 'company-name.punctuation:missing'],
      ['SalesForce, Inc.', 'company-name.case'],
    ],
  },
  {
    name: 'PayPal Holdings, Inc.',
    region: 'US',
    source: 'Nasdaq PYPL',
    mistakes: [
      ['Paypal Holdings, Inc.', 'company-name.case'],
      ['PayPal Holdings Inc', 'company-name.punctuation:missing'],
    ],
  },

  // ---- United Kingdom (LSE listing; Companies House name) ----
  { name: 'Unilever PLC', region: 'GB', source: 'LSE ULVR; Companies House', mistakes: [['Unilever plc', 'company-name.case']] },
  {
    name: 'AstraZeneca PLC',
    region: 'GB',
    source: 'LSE AZN; Companies House',
    mistakes: [
      ['Astrazeneca PLC', 'company-name.case'],
      ['Astra Zeneca PLC', 'company-name.spacing:extra'],
    ],
  },
  {
    name: 'BP p.l.c.',
    region: 'GB',
    source: 'LSE BP.; Companies House',
    mistakes: [
      ['BP plc', 'company-name.punctuation:missing'],
      ['BP PLC', 'company-name.punctuation:missing'],
    ],
  },
  { name: 'Tesco PLC', region: 'GB', source: 'LSE TSCO; Companies House', mistakes: [['Tesco Plc', 'company-name.case']] },
  { name: 'Burberry Group plc', region: 'GB', source: 'LSE BRBY; Companies House', mistakes: [['Burberry Group Plc.', 'company-name.punctuation:extra']] },
  { name: 'Marks and Spencer Group plc', region: 'GB', source: 'LSE MKS; Companies House', mistakes: [['Marks & Spencer Group plc', 'company-name.mismatch']] },
  {
    name: 'Rolls-Royce Holdings plc',
    region: 'GB',
    source: 'LSE RR.; Companies House',
    mistakes: [
      ['Rolls Royce Holdings plc', 'company-name.punctuation:missing'],
      ['Rolls–Royce Holdings plc', 'company-name.punctuation'],
    ],
  },
  { name: 'Diageo plc', region: 'GB', source: 'LSE DGE; Companies House', mistakes: [['Diageo', 'company-name.partial:prefix']] },

  // ---- Japan (TSE listing, registered Japanese name) ----
  {
    name: 'トヨタ自動車株式会社',
    region: 'JP',
    source: 'TSE 7203 (Toyota Motor Corporation)',
    mistakes: [
      // Japanese forms (会) are Japanese, not "simplified": the message says so.
      ['トヨタ自動車株式會社', 'company-name.script:japanese'],
      ['トヨタ自動車', 'company-name.partial:prefix'],
    ],
  },
  {
    name: 'ソニーグループ株式会社',
    region: 'JP',
    source: 'TSE 6758 (Sony Group Corporation)',
    mistakes: [['ソニー グループ株式会社', 'company-name.spacing:extra']],
  },
  { name: '任天堂株式会社', region: 'JP', source: 'TSE 7974 (Nintendo Co., Ltd.)', mistakes: [['株式会社任天堂', 'company-name.mismatch']] },
  { name: '株式会社資生堂', region: 'JP', source: 'TSE 4911 (Shiseido Company, Limited)', mistakes: [['株式会社资生堂', 'company-name.script:japanese']] },
  {
    name: 'パナソニック ホールディングス株式会社',
    region: 'JP',
    source: 'TSE 6752 (Panasonic Holdings Corporation)',
    mistakes: [['パナソニックホールディングス株式会社', 'company-name.spacing:missing']],
  },
  {
    // A Japanese 商号 with Latin letters is still one language: never "type the other language too".
    name: 'TDK株式会社',
    region: 'JP',
    source: 'TSE 6762 (TDK Corporation; registered with full-width ＴＤＫ, typed here half-width)',
    mistakes: [
      ['TDK', 'company-name.partial:prefix'],
      ['株式会社', 'company-name.mismatch'],
    ],
  },
  {
    name: 'Shiseido Company, Limited',
    region: 'JP',
    source: 'TSE 4911, English name',
    mistakes: [['Shiseido Company Limited', 'company-name.punctuation:missing']],
  },

  // ---- South Korea (KRX listing, English name) ----
  {
    name: 'Samsung Electronics Co., Ltd.',
    region: 'KR',
    source: 'KRX 005930',
    mistakes: [
      ['Samsung Electronics Co. Ltd.', 'company-name.punctuation:missing'],
      ['Samsung Electronics Co.,Ltd.', 'company-name.spacing:missing'],
      ['Samsung Electronics', 'company-name.partial:prefix'],
    ],
  },
  { name: 'SK hynix Inc.', region: 'KR', source: 'KRX 000660', mistakes: [['SK Hynix Inc.', 'company-name.case']] },
  { name: 'LG Electronics Inc.', region: 'KR', source: 'KRX 066570', mistakes: [['LG Electronics, Inc.', 'company-name.punctuation:extra']] },
  { name: 'Hyundai Motor Company', region: 'KR', source: 'KRX 005380', mistakes: [['Hyundai Motor Co.', 'company-name.mismatch']] },
  { name: 'NAVER Corporation', region: 'KR', source: 'KRX 035420', mistakes: [['Naver Corporation', 'company-name.case']] },

  // ---- Australia (ASX listing) ----
  {
    name: 'BHP Group Limited',
    region: 'AU',
    source: 'ASX BHP',
    mistakes: [
      ['BHP Group Ltd', 'company-name.mismatch'],
      ['BHP Group', 'company-name.partial:prefix'],
    ],
  },
  { name: 'Commonwealth Bank of Australia', region: 'AU', source: 'ASX CBA', mistakes: [['Commonwealth Bank Of Australia', 'company-name.case']] },
  { name: 'CSL Limited', region: 'AU', source: 'ASX CSL', mistakes: [['CSL Limited.', 'company-name.punctuation:extra']] },
  { name: 'Woolworths Group Limited', region: 'AU', source: 'ASX WOW', mistakes: [['Woolworths  Group Limited', 'company-name.spacing:double']] },
  { name: 'Wesfarmers Limited', region: 'AU', source: 'ASX WES', mistakes: [['WESFARMERS LIMITED', 'company-name.case']] },
  { name: 'Treasury Wine Estates Limited', region: 'AU', source: 'ASX TWE', mistakes: [['Treasury Wines Estates Limited', 'company-name.mismatch']] },
  { name: 'Cochlear Limited', region: 'AU', source: 'ASX COH', mistakes: [['Cochlear Ltd.', 'company-name.mismatch']] },
];
