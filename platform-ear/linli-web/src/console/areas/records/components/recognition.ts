import type { FormItemRule } from 'element-plus'

/** The fields every training or award record has for the list (see RecognitionPane.vue). */
export interface RecognitionRow {
  id?: string
  superseded?: boolean
  correctsId?: string
  correctionReason?: string
  createdAt?: string
}

/** The add / correct form: the record's own fields and the reason of a correction. */
export type RecognitionForm = Record<string, string> & { correctionReason: string }

/** A required text (blur) with the common message. */
export const requiredRule = (message: () => string): FormItemRule => ({ required: true, whitespace: true, message, trigger: 'blur' })
