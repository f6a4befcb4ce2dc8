/**
 * The declarations of the Pulumi program now running: one registry per connection to the engine, so that two
 * programs in one process (tests under `setMocks`, one after the other) never see each other's rules.
 */
import * as pulumi from "@pulumi/pulumi";
import { ProgramDeclarations } from "../ruleSet/programDeclarations";

const byRun = new WeakMap<object, ProgramDeclarations>();
const withoutEngine = {};

/** The registry of this run, e.g. `declarationsOfRun().declareSingleRule("", "enroll", "Enroll", 1)`. */
export function declarationsOfRun(): ProgramDeclarations {
    const run = (pulumi.runtime.getMonitor() as object | undefined) ?? withoutEngine;
    let declarations = byRun.get(run);
    if (!declarations) byRun.set(run, (declarations = new ProgramDeclarations()));
    return declarations;
}
