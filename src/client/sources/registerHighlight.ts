import { highlightPassage } from './highlightPassage.ts';

const update = () => highlightPassage(document, location.hash);
update();
addEventListener('hashchange', update);
