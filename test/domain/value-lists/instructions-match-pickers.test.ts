/**
 * A region's 填表说明 are shown on screen beside the pickers: every list an
 * instruction quotes (“填写“A”、“B”或“C”。”) must be exactly the options the
 * picker offers, in the seed's own words (seeds 002 and 003).
 */
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ValueListName } from '../../../src/domain/value-lists/value-list'

/** The quoted items of an instruction, in order. */
const quoted = (instruction: string) => [...instruction.matchAll(/“([^”]+)”/g)].map((m) => m[1])

function instructionFor(setId: string, heading: string): string {
  const found = valueListsFor(setId).instructions.find((line) => line.startsWith(`${heading}：`))
  if (!found) throw new Error(`${setId} has no instruction ${heading}`)
  return found
}

const CASES: [setId: string, heading: string, list: ValueListName][] = [
  ['jingmen', '困难类别', 'hardshipCategory'],
  ['jingmen', '政治面貌', 'politicalStatus'],
  ['jingmen', '工作状况', 'workStatus'],
  ['jingmen', '劳模类别', 'modelWorkerType'],
  ['jingmen', '住房类型', 'housingType'],
  ['jingmen', '医保类型', 'medicalInsurance'],
  ['jingmen', '单位性质', 'employerType'],
  ['jingmen', '企业状况', 'enterpriseStatus'],
  ['shaoxing', '困难类别', 'hardshipCategory'],
  ['shaoxing', '政治面貌', 'politicalStatus'],
  ['shaoxing', '健康状况', 'healthStatus'],
  ['shaoxing', '身份', 'workStatus'],
  ['shaoxing', '劳模类别', 'modelWorkerType'],
  ['shaoxing', '住房类型', 'housingType'],
  ['shaoxing', '住房面积', 'floorArea'],
  ['shaoxing', '所属行业', 'industry'],
  ['shaoxing', '户口类型', 'hukouType'],
  ['shaoxing', '单位性质', 'employerType'],
  ['shaoxing', '企业状况', 'enterpriseStatus'],
  ['shaoxing', '是否进入医保', 'medicalInsurance'],
  ['shaoxing', '致困主要原因', 'hardshipCause'],
]

describe('填表说明 and pickers agree', () => {
  it.each(CASES)('%s %s offers exactly the items its instruction quotes', (setId, heading, list) => {
    const picker = valueListsFor(setId)[list].map((item) => item.label)
    expect([...picker].sort()).toEqual([...quoted(instructionFor(setId, heading))].sort())
  })

  it('Shaoxing 关系 offers exactly seed 003 填表说明 15; the national list adds 本人 and 户主', () => {
    const line = valueListsFor('shaoxing').instructions.find((l) => l.startsWith('家庭成员关系中'))!
    const relations = quoted(line.slice(0, line.indexOf('政治面貌')))
    expect(valueListsFor('shaoxing').relationship.map((i) => i.label)).toEqual(relations)
    expect(valueListsFor('national').relationship.map((i) => i.label)).toEqual(['本人', '户主', ...relations])
  })
})
