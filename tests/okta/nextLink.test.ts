import { expect } from "chai";
import { findNextLink } from "../../provider/okta/oktaApi";

describe("reading Okta's Link header", () => {
    it("finds the next page among self and next links", () => {
        const header =
            '<https://acme.okta.com/api/v1/policies/rst1/rules?limit=2>; rel="self", ' +
            '<https://acme.okta.com/api/v1/policies/rst1/rules?after=rul2&limit=2>; rel="next"';
        expect(findNextLink(header)).to.equal(
            "https://acme.okta.com/api/v1/policies/rst1/rules?after=rul2&limit=2",
        );
    });

    it("finds no next page on the last page or without a header", () => {
        expect(findNextLink('<https://acme.okta.com/api/v1/policies>; rel="self"')).to.equal(undefined);
        expect(findNextLink(undefined)).to.equal(undefined);
    });
});
