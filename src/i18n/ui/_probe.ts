import site from './site';
import vocabulary from './vocabulary';
const a: number = site.ru.footer.privacy;
const b: number = vocabulary.uk.categories;
export { a, b };
