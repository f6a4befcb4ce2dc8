import { expect } from "chai";
import { explainPolicy } from "../../provider/explain/explainPolicy";
import { formatTable, wrapText } from "../../provider/explain/textTable";
import { guardAll } from "../../provider/guard";
import {
    CATCH_ALL,
    CONTRACTORS,
    FIRST_PHISHING_RESISTANT,
    GUIDE_POLICY,
    OFFICE_ZONE,
    PHISHING_RESISTANT_ENROLLMENT,
} from "../evaluate/guidePolicy";

/** The table rows of an explanation, each row's wrapped lines joined back, cells split on two or more spaces. */
function rowsOf(text: string): string[][] {
    const lines = text.split("\n");
    const start = lines.findIndex(line => line.startsWith("--------")) + 1;
    const end = lines.indexOf("", start);
    const rows: string[][] = [];
    const columnStarts = [...lines[start - 1].matchAll(/-+/g)].map(m => m.index ?? 0);
    for (const line of lines.slice(start, end)) {
        const cells = columnStarts.map((at, i) => line.slice(at, columnStarts[i + 1]).trim());
        if (cells[0] !== "") rows.push(cells);
        else
            cells.forEach(
                (cell, i) => (rows[rows.length - 1][i] = `${rows[rows.length - 1][i]} ${cell}`.trim()),
            );
    }
    return rows;
}

describe("explainPolicy", () => {
    const text = explainPolicy(GUIDE_POLICY);

    it("lists the rules in evaluation order with who, what operation, from where and what to present", () => {
        expect(rowsOf(text)).to.deep.equal([
            [
                "0",
                "Password Expiry Rule",
                "ACTIVE",
                "everyone",
                "recover: any authenticator (password expiry only)",
                "anywhere",
                "1 factor type; one of: [knowledge factor, type password]; re-authenticate every time",
            ],
            [
                "1",
                "First phishing-resistant authenticator",
                "ACTIVE",
                "everyone",
                "enroll: okta_verify, webauthn, smart_card_idp, yubikey_token",
                `in zone ${OFFICE_ZONE}, LOW risk`,
                "any 2 factor types; one of: [possession factor]; re-authenticate every time",
            ],
            [
                "2",
                "Phishing-resistant authenticator enrollment",
                "ACTIVE",
                "everyone",
                "enroll: any authenticator",
                "anywhere",
                "1 factor type; one of: [possession factor, phishing resistant]; re-authenticate every time",
            ],
            [
                "3",
                "Phishing-resistant recovery and unlock",
                "ACTIVE",
                "everyone",
                "recover: any authenticator; unlockAccount: any authenticator",
                "anywhere",
                "1 factor type; one of: [possession factor, phishing resistant]; re-authenticate every time",
            ],
            [
                "99",
                "Catch-all Rule",
                "ACTIVE",
                "everyone",
                "every request no rule above takes, and profile edits",
                "anywhere",
                "2FA if the user has two factor types enrolled, otherwise 1 [inference]; re-authenticate every time",
            ],
        ]);
    });

    it("heads the table and keeps every line within the column widths", () => {
        const lines = text.split("\n");
        expect(lines[0]).to.equal(
            "Account management policy: 5 rules, evaluated top to bottom; the first active rule whose conditions all match fires.",
        );
        expect(lines[2]).to.match(/^Priority {2}Name +Status {2}Who +Operation +From where +Must present$/);
        expect(Math.max(...lines.slice(2, lines.indexOf("", 2)).map(line => line.length))).to.be.at.most(
            8 + 28 + 8 + 28 + 40 + 28 + 44 + 6 * 2,
        );
    });

    it("ends with the guard's findings, by default every finding of guardAll", () => {
        const findings = guardAll(GUIDE_POLICY);
        const tail = text.slice(text.indexOf("\nFindings")).trim().split("\n");
        expect(tail[0]).to.equal("Findings (1 error, 1 warning):");
        expect(tail.slice(1)).to.deep.equal(
            findings.map(f => `  ${f.severity.toUpperCase().padEnd(7)} ${f.message}`),
        );
        expect(tail[1]).to.match(/^ {2}WARNING \[G13\] Rule "First phishing-resistant authenticator"/);
        expect(tail[2]).to.match(/^ {2}ERROR {3}\[G01\] Rule "Phishing-resistant authenticator enrollment"/);
    });

    it("counts one rule in the singular", () => {
        expect(explainPolicy([CATCH_ALL], []).split("\n")[0]).to.match(
            /^Account management policy: 1 rule, /,
        );
    });

    it("prints the findings it is given, and says when there are none", () => {
        expect(explainPolicy(GUIDE_POLICY, []).trimEnd().split("\n").at(-1)).to.equal("Findings: none.");
    });

    it("marks the catch-all it assumes, inactive rules, groups and unprioritised rules", () => {
        const rows = rowsOf(
            explainPolicy(
                [
                    {
                        ...PHISHING_RESISTANT_ENROLLMENT,
                        priority: undefined,
                        conditions: {
                            ...PHISHING_RESISTANT_ENROLLMENT.conditions,
                            people: { groups: { include: [CONTRACTORS] } },
                        },
                    },
                    { ...FIRST_PHISHING_RESISTANT, status: "INACTIVE" },
                ],
                [],
            ),
        );
        expect(rows.map(row => row.slice(0, 4))).to.deep.equal([
            ["1", "First phishing-resistant authenticator", "INACTIVE", "everyone"],
            ["-", "Phishing-resistant authenticator enrollment", "ACTIVE", `members of ${CONTRACTORS}`],
            ["99", "Catch-all Rule (assumed: Okta's default)", "ACTIVE", "everyone"],
        ]);
    });
});

describe("formatTable", () => {
    it("wraps long cells within their column and pads the others", () => {
        expect(
            formatTable(
                [
                    { heading: "Priority", width: 8 },
                    { heading: "Must present", width: 12 },
                ],
                [["1", "one of: [possession factor]"]],
            ),
        ).to.deep.equal([
            "Priority  Must present",
            "--------  ------------",
            "1         one of:",
            "          [possession",
            "          factor]",
        ]);
    });

    it("cuts a word longer than the column", () => {
        expect(wrapText("smart_card_idp, webauthn", 6)).to.deep.equal([
            "smart_",
            "card_i",
            "dp,",
            "webaut",
            "hn",
        ]);
    });
});
