/**
 * A valid application for demo-employee2 (李大勇, bound to 青石机械厂工会 u01,
 * region 130306 where B = 550): the shared 档案表 fixture with the worker's
 * own ID number and a Funing household registration, and a 申报表 whose
 * half-year income (9000 yuan for 3 people = 500 a month each) meets
 * criterion 1.
 */
import { CONSENT_VERSION } from '../../../../src/domain/application/consent'
import { DEMO_ACCOUNTS } from '../../../../cloudfunctions/local-host/demo-data'
import { completeForm, validId } from '../../../domain/file-form/file-form-fixture'
import { callAs, dataOf, freshRequestId, type CallEnv } from '../../../support/test-deps'

export const idOf = (account: string) => DEMO_ACCOUNTS.find((a) => a.account === account)!.employee!.idNumber

export const APPLICANT = 'demo-employee2'
export const APPLICANT_ID = idOf('employee2')
export const SPOUSE_ID = validId('13030619780203002')
export const CHILD_ID = validId('13030620100901003')

type Row = Record<string, unknown>

export function applicationForm(workerId = APPLICANT_ID, memberIds: string[] = [SPOUSE_ID, CHILD_ID]): Row {
  const form = completeForm()
  const members = (form.members as Row[]).map((m, i) => ({ ...m, idNumber: memberIds[i] }))
  return { ...form, name: '李大勇', idNumber: workerId, hukouRegionCode: '130306', members: members.slice(0, memberIds.length) }
}

export function declaration(): Row {
  return {
    year: 2026,
    ownWagesHalfYear: '6000',
    householdWagesHalfYear: '9000',
    ownNonWageIncomeYear: 0,
    householdNonWageIncomeYear: 0,
    householdIncomeHalfYear: '9000',
    receivesDibao: false,
    ownedHomes: 0,
    medicalExpense: '20000',
  }
}

export const consent = () => ({ version: CONSENT_VERSION, agreed: true })

export function submission(form = applicationForm()): Row {
  return { form, declaration: declaration(), consent: consent() }
}

export type Summary = { id: string; status: string; version: number; available?: string[]; [key: string]: unknown }

/** Calls an `application` action with a fresh request id. */
export const act = (env: CallEnv, userId: string | null, action: string, data?: unknown, requestId = freshRequestId()) =>
  callAs(env, userId, 'application', action, data, requestId)

export async function submitted(env: CallEnv, userId = APPLICANT, data: unknown = submission()): Promise<Summary> {
  return dataOf<Summary>(await act(env, userId, 'submit', data))
}

export type NoticePage = { items: { title: string; body: string; kind: string }[] }
export const inbox = (env: CallEnv, userId: string) => callAs(env, userId, 'inbox', 'list').then((e) => dataOf<NoticePage>(e))
