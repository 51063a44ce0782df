// The gold-file format of eval/dev/*.json and eval/examples/*.gold.json, as one zod schema.
import { z } from 'zod';

export const GoldFileSchema = z.object({
  id: z.string(),
  input: z.object({
    format: z.string(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    raw: z.string(),
  }),
  gold: z.object({
    title: z.string(),
    entities: z.array(
      z.object({
        name: z.string(),
        type: z.string(),
        aliases: z.array(z.string()).optional(),
        titles: z.array(z.string()).optional(),
      }),
    ),
    quotes: z.array(z.object({ speaker: z.string().nullable(), kind: z.string(), text: z.string() })),
    events: z.array(z.object({ source: z.string().nullable(), type: z.string(), target: z.string().nullable() })),
    places: z.array(z.object({ name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number() })),
    dates: z.array(z.object({ text: z.string(), value: z.string().nullable() })),
    boilerplate: z.array(z.string()).optional(),
  }),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type Gold = GoldFile['gold'];
