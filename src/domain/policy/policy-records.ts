/**
 * The figures the seeds (`/work/shared/seeds/000–004`) give, as effective-dated
 * records. A date is the seed's own granularity: "2018" becomes 2018-01-01
 * unless the notice states a day. See `src/domain/eligibility/README.md` for
 * every reading of the seeds these records embody.
 */
import type { PolicyRecord } from './policy'

const JINGMEN = '荆门市总工会 荆工办发电〔2018〕2号（2018-03-15，现行城市低保标准）'

/** Jingmen 2018: 575 in the central districts, 500 in the other counties; the notice itself caps the edge band at 863 / 750. */
const jingmenCounty = (regionCode: string, minimumLiving: number, lowIncome: number): PolicyRecord => ({
  regionCode,
  effectiveFrom: '2018-01-01',
  source: JINGMEN,
  minimumLiving,
  lowIncome,
})

export const POLICY_RECORDS: readonly PolicyRecord[] = [
  // 000 山东省教育工会: value lists "五类重点群体 / 四个一批 / 七个行动计划"; no figures.
  { regionCode: '370000', effectiveFrom: '2016-01-01', source: '中国教育工会山东省委员会 建档立卡通知（鲁会办〔2016〕56号）', valueListSet: 'shandong' },

  // 001 泸州: national criteria, 150% edge band (the national default); the grassroots union approves (审核、公示、批准), upper unions re-check.
  {
    regionCode: '510500',
    effectiveFrom: '2018-03-27',
    source: '泸州市总工会 泸工发〔2018〕10号',
    valueListSet: 'luzhou',
    approvingLevel: 'grassroots',
    // 三（一）: 2018年起，对所有建档的困难职工实现20%以上脱困.
    exitRateTargetPercent: 20,
    // 一（三）5: 档案表, 劳动合同书, 申报表, 身份证复印件, 户口簿复印件; 附件1 does not star the bank fields.
    requiredPapers: [
      { type: 'id-card', min: 2 },
      { type: 'household-register', min: 1 },
      { type: 'labour-contract', min: 1 },
    ],
    bankDetailsRequired: false,
  },

  // 002 荆门: city-wide value lists; B and L per county (东宝 420802, 掇刀 420804 central; 京山 420821/420882, 沙洋 420822, 钟祥 420881).
  // 附件1 does not star 开户银行, 支行名称, 银行卡号.
  { regionCode: '420800', effectiveFrom: '2018-01-01', source: JINGMEN, valueListSet: 'jingmen', bankDetailsRequired: false },
  jingmenCounty('420802', 575, 863),
  jingmenCounty('420804', 575, 863),
  jingmenCounty('420821', 500, 750),
  jingmenCounty('420882', 500, 750),
  jingmenCounty('420822', 500, 750),
  jingmenCounty('420881', 500, 750),

  // 003 绍兴 2010: B = 400; one 120% band for every hardship cause, sudden disasters included (480 = 120% × 400).
  // "将进入低保的职工，以及人均收入在…120%以内，因下岗失业、重大疾病、子女教育、突发灾难等原因造成家庭困难的职工，纳入":
  // every 低保 recipient, and a cause within the band, with no net-expense test.
  {
    regionCode: '330600',
    effectiveFrom: '2010-01-01',
    source: '绍兴市总工会 绍市总工办发〔2010〕53号',
    minimumLiving: 400,
    lowIncomePercent: 120,
    suddenHardshipPercent: 120,
    criteriaTests: { dibaoIncomeTest: false, specialNetTest: false, suddenNetTest: false },
    valueListSet: 'shaoxing',
  },

  // 004 河北 / 秦皇岛 / 抚宁: county-level or higher unions approve; 抚宁区 B = 550 from 2018.
  { regionCode: '130000', effectiveFrom: '2017-12-28', source: '河北省总工会办公室 冀工办发〔2017〕44号', approvingLevel: 'county' },
  { regionCode: '130306', effectiveFrom: '2018-01-01', source: '秦皇岛市抚宁区总工会 抚工通字〔2018〕2号', minimumLiving: 550 },
]
