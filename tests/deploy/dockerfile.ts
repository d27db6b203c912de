import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Copy, DockerfileParser, type Instruction } from 'dockerfile-ast';

export const repoRoot = join(import.meta.dirname, '..', '..');

export type Stage = { name: string | null; image: string; instructions: Instruction[] };

/** The repository's Dockerfile as build stages, each with the instructions that follow its FROM. */
export function dockerfileStages(): Stage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const [image = '', , name = null] = instruction.getArguments().map((argument) => argument.getValue());
      stages.push({ name, image, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The instructions of one keyword in a stage, each as its arguments' text. */
export function argumentsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions
    .filter((instruction) => instruction.getKeyword() === keyword)
    .map((instruction) => instruction.getArgumentsContent() ?? '');
}

/** The final stage's CMD in exec form (a JSON array), which is how the image starts the server. */
export function imageCommand(): string[] {
  const finalStage = dockerfileStages().at(-1);
  const [cmd] = finalStage ? argumentsOf(finalStage, 'CMD') : [];
  return JSON.parse(cmd ?? 'null') as string[];
}

/** Each COPY --from=<stage> of a stage, with the stage it copies from and its arguments. */
export function copiesFromStages(stage: Stage): { from: string; paths: string }[] {
  return stage.instructions
    .filter((instruction): instruction is Copy => instruction.getKeyword() === 'COPY')
    .flatMap((copy) => {
      const from = copy.getFromFlag()?.getValue();
      return from ? [{ from, paths: copy.getArgumentsContent() ?? '' }] : [];
    });
}
