/** `npm run bench:scale`: the 20,000 / 200,000 places comparison alone (see scale.ts). */
import { benchScale, renderScale } from "./scale.js";

const runs = await benchScale((text) => process.stderr.write(`${text}\n`));
console.log(renderScale(runs));
