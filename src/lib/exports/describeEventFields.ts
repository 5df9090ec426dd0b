import { z } from 'zod';
import { Event } from '../eventSchema.ts';

export interface FieldDescription {
  name: string;
  description: string;
  required: boolean;
}

/**
 * The fields of an event with their descriptions, read from the zod schema so documentation
 * and data cannot drift.
 * @example describeEventFields()[0] // { name: 'id', description: 'Stable, readable identifier; …', required: true }
 */
export function describeEventFields(): FieldDescription[] {
  const schema = z.toJSONSchema(Event, { io: 'input' }) as {
    properties: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([name, field]) => ({
    name,
    description: field.description ?? '',
    required: schema.required?.includes(name) ?? false,
  }));
}
