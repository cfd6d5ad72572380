import type { EntityType } from "../core/dataset";
import type { MessageKey } from "./messages";

export const TYPE_MESSAGE: Record<EntityType, MessageKey> = {
  company: "typeCompany",
  investor: "typeInvestor",
  person: "typePerson",
  product: "typeProduct",
  hardware: "typeHardware",
  institution: "typeInstitution",
};
