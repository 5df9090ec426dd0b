import topology from '../../data/basemap.json';
import { readBaseMap, type BaseMap, type BaseMapTopology } from '../lib/geo/baseMap.ts';

let loaded: BaseMap | undefined;

/** data/basemap.json (written by `npm run basemap`), opened once per build; pages draw from it, none ships it. */
export function getBaseMap(): BaseMap {
  loaded ??= readBaseMap(topology as unknown as BaseMapTopology);
  return loaded;
}
