/**
 * Runs the example policy tests in `examples/policy-tests/` with the rest of the suite (`npm test` only looks
 * under `tests/`).
 */
import "../../examples/policy-tests/policy.test";
