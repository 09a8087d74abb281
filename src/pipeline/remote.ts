/**
 * The remote half of a run: resolve target integrations, plan against the org and, in deploy
 * mode, deploy each changed action through draft → validate → publish and verify it by reading
 * it back. All Genesys I/O of a run happens here, through a {@link GenesysClient}.
 */
import type { DeployResult, VerifyResult } from '../deploy/types.js';
import { deployItem } from '../deploy/deploy.js';
import { verifyItem } from '../deploy/verify.js';
import type { GenesysClient } from '../genesys/client.js';
import { listIntegrations } from '../genesys/integrations.js';
import type { Integration, PostActionInput } from '../genesys/types.js';
import { planActions, type DesiredAction, type PlanProblem } from '../plan/plan.js';
import { readRemoteState } from '../plan/remote.js';
import type { PlanItem } from '../plan/types.js';
import type { Finding } from '../validate/finding.js';
import { findingAt } from '../validate/locate.js';
import type { LocalResult } from './local.js';
import { orgFailureFinding } from './org-findings.js';
import { checkSelector, resolveTarget, type IntegrationSelector } from './targets.js';

/** What the remote stages need besides the client. */
export interface RemoteOptions {
  deploy: boolean;
  selector: IntegrationSelector;
  /** The `category` input: category of created actions whose definition names none. */
  category?: string;
  log?: (message: string) => void;
}

/** Per-definition outcome of the remote stages, keyed by definition file. */
export interface RemoteOutcome {
  items: Map<string, PlanItem>;
  deploys: Map<string, DeployResult>;
  verifies: Map<string, VerifyResult>;
  orphans: PlanItem[];
  /** Findings for definitions that could not be planned (no integration, duplicate names). */
  findings: Finding[];
  /** Findings for deploys and read-backs the org refused (`org-permission`, `org-conflict`). */
  deployFindings: Finding[];
}

/** Builds the `PostActionInput` to write for a definition in its target integration. */
export function desiredAction(result: LocalResult, integration: Integration, category: string | undefined): DesiredAction {
  const def = result.definition!;
  const payload: PostActionInput = {
    name: def.name,
    category: def.category ?? category ?? integration.name,
    integrationId: integration.id,
    secure: def.secure,
    config: def.config,
    contract: def.contract,
  };
  return {
    name: def.name,
    file: result.report.file,
    integrationId: integration.id,
    integrationName: integration.name,
    payload,
    categoryIsDefault: def.category === undefined,
  };
}

function problemFinding(problem: PlanProblem, byFile: Map<string, LocalResult>): Finding {
  const rule = problem.kind === 'duplicate-remote' ? 'duplicate-remote-name' : 'duplicate-name';
  return findingAt(rule, problem.file, byFile.get(problem.file)?.map, { pointer: '/name' }, problem.message, {
    hint: problem.kind === 'duplicate-remote' ? 'Rename or delete the extra actions in Genesys Cloud so that one action carries this name.' : 'Rename one of the definitions.',
  });
}

/**
 * Plans (and in deploy mode applies) every deployable definition against the org. Throws
 * GenesysApiError/GenesysAuthError when the org cannot be read at all (auth, listing), and Error
 * when the `integration` input names an integration the org lacks; failures of single actions
 * are returned in the outcome, never thrown.
 */
export async function runRemote(client: GenesysClient, results: readonly LocalResult[], options: RemoteOptions): Promise<RemoteOutcome> {
  const outcome: RemoteOutcome = { items: new Map(), deploys: new Map(), verifies: new Map(), orphans: [], findings: [], deployFindings: [] };
  const integrations = await listIntegrations(client.http);
  checkSelector(options.selector, integrations);
  const byFile = new Map(results.map((r) => [r.report.file, r]));

  const desired: DesiredAction[] = [];
  for (const result of results) {
    if (!result.definition) continue;
    const target = resolveTarget(result.definition, integrations, options.selector);
    if ('error' in target) {
      const f = findingAt('target-integration', result.report.file, result.map, { pointer: result.definition.integrationType ? '/integrationType' : '/name' }, target.error);
      outcome.findings.push(f);
      continue;
    }
    desired.push(desiredAction(result, target.integration, options.category));
  }

  const remote = await readRemoteState(client.actions, desired);
  const plan = planActions(desired, remote);
  for (const problem of plan.problems) outcome.findings.push(problemFinding(problem, byFile));
  for (const item of plan.items) {
    if (item.change === 'orphan') outcome.orphans.push(item);
    else if (item.file) outcome.items.set(item.file, item);
  }
  if (!options.deploy) return outcome;

  for (const [file, item] of outcome.items) {
    options.log?.(`${item.change === 'unchanged' ? 'Unchanged' : item.change === 'create' ? 'Creating' : 'Updating'}: ${item.name} (${file})`);
    const result = await deployItem(client.actions, item, { guardPlannedVersion: true, ...(options.log ? { log: options.log } : {}) });
    outcome.deploys.set(file, result);
    const map = byFile.get(file)?.map;
    const refused = result.status === 'failed' ? orgFailureFinding(file, map, result.failure, result.message ?? 'failed', 'deploy') : undefined;
    if (refused) outcome.deployFindings.push(refused);
    if (result.status === 'created' || result.status === 'updated') {
      const verify = await verifyItem(client.actions, item, result);
      outcome.verifies.set(file, verify);
      const unreadable = verify.status === 'failed' ? orgFailureFinding(file, map, verify.failure, verify.message ?? 'failed', 'verify') : undefined;
      if (unreadable) outcome.deployFindings.push(unreadable);
    }
  }
  return outcome;
}
