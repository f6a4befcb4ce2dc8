/**
 * A plain-text table whose cells wrap at word boundaries, for terminals and logs. Pure.
 */

/** A column: its heading and the widest its cells may be, e.g. `{ heading: "Who", width: 30 }`. */
export interface Column {
    heading: string;
    width: number;
}

/**
 * The lines of `text` wrapped at spaces to at most `width` characters, a longer word cut, e.g.
 * `wrapText("one of: [possession factor]", 12)` → `["one of:", "[possession", "factor]"]`.
 */
export function wrapText(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = "";
    for (let word of text.split(/\s+/).filter(w => w !== "")) {
        while (word.length > width) {
            if (line !== "") lines.push(line);
            lines.push(word.slice(0, width));
            word = word.slice(width);
            line = "";
        }
        if (line === "") line = word;
        else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
        else {
            lines.push(line);
            line = word;
        }
    }
    if (line !== "" || lines.length === 0) lines.push(line);
    return lines;
}

/**
 * The table as lines: a heading row, a rule of dashes, then each row with its cells wrapped and padded, columns
 * two spaces apart and trailing spaces trimmed. Each column is as wide as its widest line, at most its `width`.
 * E.g. columns `Priority` and `Name` with one row `["1", "Enroll"]` →
 * `["Priority  Name", "--------  ------", "1         Enroll"]`.
 */
export function formatTable(columns: readonly Column[], rows: readonly string[][]): string[] {
    const wrapped = rows.map(row => columns.map((column, i) => wrapText(row[i] ?? "", column.width)));
    const widths = columns.map((column, i) =>
        Math.max(column.heading.length, ...wrapped.flatMap(row => row[i].map(line => line.length))),
    );
    const render = (cells: readonly string[]) =>
        cells
            .map((cell, i) => cell.padEnd(widths[i]))
            .join("  ")
            .trimEnd();
    const lines = [render(columns.map(c => c.heading)), render(widths.map(w => "-".repeat(w)))];
    for (const row of wrapped) {
        const height = Math.max(...row.map(cell => cell.length));
        for (let i = 0; i < height; i++) lines.push(render(row.map(cell => cell[i] ?? "")));
    }
    return lines;
}
