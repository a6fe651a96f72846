import { z } from "zod";
import { DomainId } from "./ids.ts";

/** Most questions asked about one company. */
export const MAX_QUESTIONS = 3;
/** Fewest and most choices a question offers. */
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 6;

/** The answer lists a question can ask about (`answers.<field>` of CompanyInput). */
export const QUESTION_FIELDS = ["offerings", "capabilities", "customers", "revenueModels"] as const;
/** Which answer list a question fills: offerings, capabilities, customers or revenueModels. */
export const QuestionField = z.enum(QUESTION_FIELDS);
export type QuestionField = z.infer<typeof QuestionField>;

/** One possible answer: the value to add to `answers[field]`, and what the classification becomes with it. */
export const Choice = z.object({
  /** An enum id valid in `answers[field]`. */
  value: z.string(),
  /** The value's name for people. */
  label: z.string(),
  /** The primary domain when this answer is added to the input (null: it still abstains). */
  primaryDomain: DomainId.nullable(),
  confidence: z.number().min(0).max(1),
});
export type Choice = z.infer<typeof Choice>;

/** A question whose answer would most change the classification: its text and 2–6 choices, the most separating first. */
export const Question = z.object({
  field: QuestionField,
  text: z.string(),
  choices: z.array(Choice).min(MIN_CHOICES).max(MAX_CHOICES),
});
export type Question = z.infer<typeof Question>;

/** The answer of POST /v1/questions: up to three questions ([] when the classification is clear). */
export const QuestionsResponse = z.object({ questions: z.array(Question).max(MAX_QUESTIONS), rulesVersion: z.string() });
export type QuestionsResponse = z.infer<typeof QuestionsResponse>;
