import factsIndex from "virtual:backstory/facts-index";
import { entityCardFrom } from "../core/entity-card";
import { onBackgroundRequest } from "../platform/messaging";

// The facts stay here, out of the content script: a page pays for them only when a card opens.
onBackgroundRequest((request) => {
  const entity = factsIndex.entities[request.id];
  return entity ? entityCardFrom(entity, request.lang) : null;
});
