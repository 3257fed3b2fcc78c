import { text, type Text } from "../core/i18n/locale";
import type { FileReadFailure } from "../hosts/node/files";

/** Why a file the CLI reads itself (a class list, a grid file) could not be read, in words. */
export function readFailureReason(failure: FileReadFailure): Text {
  switch (failure.kind) {
    case "not-found":
      return text("fichier introuvable", "file not found");
    case "directory":
      return text("c’est un dossier, pas un fichier", "it is a folder, not a file");
    case "not-a-file":
      return text("ce n’est pas un fichier ordinaire (un tube ou un périphérique)", "not a regular file (a pipe or a device)");
    case "unreadable":
      return failure.reason;
  }
}
