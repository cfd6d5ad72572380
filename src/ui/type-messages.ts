import type { EntityType, RelationType } from "../core/dataset";
import type { MessageKey } from "./messages";

export const TYPE_MESSAGE: Record<EntityType, MessageKey> = {
  company: "typeCompany",
  investor: "typeInvestor",
  person: "typePerson",
  product: "typeProduct",
  hardware: "typeHardware",
  institution: "typeInstitution",
};

export const RELATION_MESSAGE: Record<RelationType, MessageKey> = {
  invested_in: "relInvestedIn",
  founded: "relFounded",
  leads: "relLeads",
  board_member: "relBoardMember",
  works_at: "relWorksAt",
  developed_by: "relDevelopedBy",
  owned_by: "relOwnedBy",
  partner_of: "relPartnerOf",
  competitor_of: "relCompetitorOf",
  runs_on: "relRunsOn",
};
