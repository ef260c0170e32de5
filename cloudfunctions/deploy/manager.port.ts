/**
 * The part of CloudBase's management API that deploy:setup and deploy:check
 * use, in the terms of this project. manager.cloudbase.ts implements it with
 * @cloudbase/manager-node; the tests use a recording stand-in that keeps the
 * environment's state, so a second run can be checked to change nothing.
 */
import type { FunctionSpec, IndexSpec, Rule, Trigger } from './deploy-plan'

/** A rule as the environment holds it: a simple permission (`ADMINONLY`, …) or `CUSTOM` with its rule. */
export type Acl = { aclTag: string; rule?: unknown }

export type FunctionState = { runtime: string; triggers: string[] }

export interface DeployManager {
  collectionExists(name: string): Promise<boolean>
  createCollection(name: string): Promise<void>
  indexExists(collection: string, indexName: string): Promise<boolean>
  createIndex(collection: string, index: IndexSpec): Promise<void>
  databaseRule(collection: string): Promise<Acl>
  setDatabaseRule(collection: string, rule: Rule): Promise<void>
  storageRule(): Promise<Acl>
  setStorageRule(rule: Rule): Promise<void>
  /** null when the environment has no such function. */
  functionState(name: string): Promise<FunctionState | null>
  /** Creates the function from `<codeRoot>/<name>` with its runtime (fixed for good at creation), installing its dependencies in the cloud. */
  createFunction(spec: FunctionSpec, codeRoot: string): Promise<void>
  createTriggers(name: string, triggers: Trigger[]): Promise<void>
  /** Invokes a function with the environment's own credentials (no OPENID) and returns what its main answered. */
  invoke(name: string, event: unknown): Promise<unknown>
}
