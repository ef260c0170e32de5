import { VALUE_LIST_SETS, valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { VALUE_LIST_NAMES, labelOf, type ValueList } from '../../../src/domain/value-lists/value-list'

const SET_IDS = ['national', 'shandong', 'luzhou', 'jingmen', 'shaoxing']
const labels = (list: ValueList) => list.map((item) => item.label)
const codes = (list: ValueList) => list.map((item) => item.code)

describe('value-list sets', () => {
  it('has exactly the sets regional policies refer to', () => {
    expect(Object.keys(VALUE_LIST_SETS).sort()).toEqual([...SET_IDS].sort())
  })

  it.each(SET_IDS)('%s resolves to every list, none empty', (id) => {
    const lists = valueListsFor(id)
    expect(lists.setId).toBe(id)
    // 建筑面积 is typed in m² everywhere; only Shaoxing's 填表说明 gives bands.
    for (const name of VALUE_LIST_NAMES) if (name !== 'floorArea') expect(lists[name].length).toBeGreaterThan(0)
    expect(lists.floorArea.length > 0).toBe(id === 'shaoxing')
  })

  it.each(SET_IDS)('%s: codes and labels are unique within every list', (id) => {
    const lists = valueListsFor(id)
    for (const name of VALUE_LIST_NAMES) {
      expect({ name, codes: new Set(codes(lists[name])).size }).toEqual({ name, codes: lists[name].length })
      expect({ name, labels: new Set(labels(lists[name])).size }).toEqual({ name, labels: lists[name].length })
    }
  })

  it('refuses an unknown set instead of guessing', () => {
    expect(() => valueListsFor('atlantis')).toThrow('未知的取值列表集：atlantis')
  })

  it('inherits what a region does not override', () => {
    expect(valueListsFor('jingmen').ethnicity).toBe(valueListsFor('national').ethnicity)
    expect(valueListsFor('luzhou').keyGroup).toBe(valueListsFor('national').keyGroup)
    expect(valueListsFor('shaoxing').actionPlan).toBe(valueListsFor('national').actionPlan)
  })

  it('refuses a set that extends itself in a loop', () => {
    const sets = { a: { id: 'a', name: 'A', extends: 'b', lists: {} }, b: { id: 'b', name: 'B', extends: 'a', lists: {} } }
    expect(() => valueListsFor('a', sets)).toThrow('循环继承')
  })
})

describe('national lists, as the seeds word them', () => {
  const national = valueListsFor('national')

  it('has the ten causes of seed 000 with 次要致困原因 0–3 (seed 001)', () => {
    expect(labels(national.hardshipCause)).toEqual([
      '家庭成员无劳动能力',
      '有劳动能力而未就业',
      '下岗失业',
      '未参加社会保险',
      '社会保险待遇落实不到位',
      '家庭成员患重特大疾病',
      '遭受自然灾害',
      '遭受意外事故',
      '子女上学',
      '其他',
    ])
    expect(national.maxSecondaryCauses).toBe(3)
  })

  it('has the 56 ethnic groups and 其他', () => {
    expect(national.ethnicity).toHaveLength(57)
    expect(labelOf(national.ethnicity, '01')).toBe('汉族')
    expect(labelOf(national.ethnicity, '56')).toBe('基诺族')
    expect(labelOf(national.ethnicity, '97')).toBe('其他')
  })

  it('quotes seed 003 for health, work status, member identity and industry', () => {
    expect(labels(national.healthStatus)).toContain('腰颈椎病')
    expect(labels(national.workStatus)).toEqual(['在岗', '下（待）岗', '失（无）业', '退休', '离休', '病休', '内退', '农民工'])
    expect(labels(national.memberIdentity).slice(-7)).toEqual(['研究生', '大学生', '中职中技', '高中', '初中', '小学', '幼儿'])
    expect(national.industry).toHaveLength(23)
    expect(labels(national.industry)[0]).toBe('农、林、牧、渔业')
    expect(national.floorArea).toEqual([])
    expect(labels(valueListsFor('shaoxing').floorArea)).toEqual(['20以下', '20至50', '50至70', '70以上'])
    expect(labels(national.relationship).slice(0, 2)).toEqual(['本人', '户主'])
    expect(labels(national.hukouType)).toEqual(['非农业', '农业', '农转居'])
  })

  it('merges seed 002 and 003 for housing and employers', () => {
    expect(labels(national.housingType)).toEqual(['自建房', '商品房', '经济适用房', '两限房', '承租单位公房', '政府廉租房', '自购房', '租房', '无房', '其他'])
    expect(labelOf(national.employerType, 'government')).toBe('国家机关/事业单位')
    expect(labelOf(national.enterpriseStatus, 'half-halted')).toBe('半停产')
  })

  it('quotes seed 001 for the filing criteria', () => {
    expect(labelOf(national.filingCriterion, 'migrant-worker')).toBe('加入工会组织、按务工地标准且符合上述条件之一的农民工家庭')
    expect(national.filingCriterion.every((item) => item.short !== undefined)).toBe(true)
  })
})

describe('regional lists', () => {
  it('Shandong (seed 000): 五类重点群体, 四个一批, 七个行动计划', () => {
    const shandong = valueListsFor('shandong')
    expect(labels(shandong.keyGroup)).toEqual([
      '低保范围内有劳动能力而未充分就业',
      '收入或生活水平低于低保线而未纳入低保',
      '支出性生活困难',
      '城市困难农民工',
      '供给侧结构性改革中的困难职工',
      '其他（注明）',
    ])
    expect(labels(shandong.measure)).toContain('纳入大病保险和医疗互助保险保障')
    expect(labels(shandong.actionPlan)).toEqual([
      '技能培训促就业计划',
      '创业援助计划',
      '阳光就业计划',
      '职工医疗互助计划',
      '金秋助学计划',
      '一帮一结对计划',
      '送温暖精准化计划',
      '其他（注明）',
    ])
  })

  it('Luzhou (seed 001 附件3): the same measures and plans as the contact card', () => {
    const luzhou = valueListsFor('luzhou')
    expect(labels(luzhou.measure)).toEqual(['就业创业发展', '纳入社保制度覆盖', '纳入大病保险和医疗互助保险保障', '社会救助兜底', '其他（注明）'])
    expect(luzhou.actionPlan).toHaveLength(8)
  })

  it('Jingmen (seed 002): 四类, 五个一批, 五个行动计划, its criteria and wording', () => {
    const jingmen = valueListsFor('jingmen')
    expect(codes(jingmen.keyGroup)).not.toContain('urban-migrant-worker')
    expect(jingmen.keyGroup).toHaveLength(5)
    expect(labels(jingmen.measure)).toEqual([
      '就业创业发展',
      '纳入社保制度覆盖',
      '纳入大病保险和医疗帮扶救助',
      '纳入助学帮扶救助',
      '社会救助兜底',
      '其他（注明）',
    ])
    expect(labels(jingmen.actionPlan)).toEqual(['技能培训促就业计划', '创业援助计划', '助学帮扶计划', '一帮一结对计划', '送温暖精准化计划', '其他（注明）'])
    expect(labelOf(jingmen.hardshipCause, 'unable-to-work')).toBe('无劳动能力')
    expect(labelOf(jingmen.filingCriterion, 'edge-special-reason')).toContain('当地最低生活保障标准150%（含）以内')
    expect(jingmen.instructions).toHaveLength(12)
    expect(jingmen.instructions[0]).toBe('职工编号：基层工会不填。')
  })

  it('Shaoxing (seed 003): its own causes, at most three in all, and its filling instructions', () => {
    const shaoxing = valueListsFor('shaoxing')
    expect(labels(shaoxing.hardshipCause)).toEqual([
      '本人大病',
      '供养直系亲属大病',
      '意外灾害',
      '子女上学',
      '残疾',
      '收入低无法维持基本生活',
      '下岗失业',
      '其他',
    ])
    expect(shaoxing.maxSecondaryCauses).toBe(2)
    expect(labelOf(shaoxing.employerType, 'government')).toBe('国有机关/事业单位')
    expect(labelOf(shaoxing.enterpriseStatus, 'bankrupt')).toBe('关闭破产企业')
    expect(shaoxing.instructions).toHaveLength(18)
    expect(shaoxing.instructions[2]).toBe('身份证号：必须是15位或18位。')
    expect(valueListsFor('national').instructions).toEqual([])
  })
})
