// Before a project is read: decks/, classes/ and the project's templates/ hold no link out of the project
// (unless --follow-links) and no named pipe, socket or device, so no later read can leave it or block.
import fs from 'node:fs';
import path from 'node:path';
import { DeckError, fileError, type Diagnostic } from '../diagnostics.js';
import { entryProblem, isLink, treeProblems } from '../paths/project-entry.js';
import type { Project } from './project.js';

export function projectTreeProblems(project: Project): Diagnostic[] {
  const { root, followLinks } = project;
  const found: [string, string][] = [];
  const decks = entryProblem(root, project.decksDir, 'folder', followLinks);
  if (decks) found.push([project.decksDir, decks]);
  const classes = entryProblem(root, project.classesDir, 'folder', followLinks);
  if (classes) found.push([project.classesDir, classes]);
  else if (fs.existsSync(project.classesDir)) {
    // Class files only: a logo beside them is checked where a class names it (with its line in the class file).
    for (const name of fs.readdirSync(project.classesDir).filter((n) => /\.ya?ml$/i.test(n))) {
      const problem = entryProblem(root, path.join(project.classesDir, name), fs.statSync(path.join(project.classesDir, name), { throwIfNoEntry: false })?.isDirectory() ? 'folder' : 'file', followLinks);
      if (problem) found.push([path.join(project.classesDir, name), problem]);
    }
  }
  const own = path.join(root, 'templates');
  if (fs.existsSync(own) || isLink(own)) found.push(...treeProblems(root, own, followLinks));
  return found.map(([file, problem]) => fileError(file, problem));
}


/** Throws the tree's problems as one DeckError (one line each). */
export function assertProjectTree(project: Project): void {
  const problems = projectTreeProblems(project);
  if (problems.length) throw new DeckError(problems);
}
