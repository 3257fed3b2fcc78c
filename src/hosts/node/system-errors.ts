import { text, type Text } from "../../core/i18n/locale";

/**
 * What a system error means for a teacher, in words: Node's codes (ENOENT, ELOOP, EROFS…) are never
 * shown. `application` names where a file may be open (« Excel », « Word ») when access is refused on
 * writing; on reading, or for a folder, refused access is just that.
 */
export const folderReadOnly = (folder: string): Text =>
  text(`le dossier ${folder} est protégé en écriture : choisissez un autre dossier`, `folder ${folder} is write-protected: choose another folder`);

export function systemReason(err: unknown, application?: string): Text {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return text("fichier ou dossier introuvable", "file or folder not found");
    case "ENOTDIR":
      return text("un élément du chemin n’est pas un dossier", "part of the path is not a folder");
    case "EISDIR":
      return text("c’est un dossier, pas un fichier", "it is a folder, not a file");
    case "ELOOP":
      return text("lien symbolique qui boucle sur lui-même", "symbolic link that loops on itself");
    case "ENAMETOOLONG":
      return text("nom de fichier trop long", "file name too long");
    case "EROFS":
      return text("le disque ou le dossier est en lecture seule", "the disk or folder is read-only");
    case "ENOSPC":
    case "EDQUOT":
      return text("disque plein", "disk full");
    case "EMFILE":
    case "ENFILE":
      return text("trop de fichiers ouverts, réessayez", "too many open files, try again");
    case "EBUSY":
      return text("le fichier est utilisé par un autre programme", "the file is in use by another program");
    case "EACCES":
    case "EPERM":
      return application
        ? text(`accès refusé : le fichier est peut-être ouvert dans ${application}, ou le dossier protégé en écriture`, `access denied: the file may be open in ${application}, or the folder write-protected`)
        : text("accès refusé", "access denied");
    case "EIO":
      return text("erreur de lecture du disque", "disk read error");
    default:
      return text("erreur inattendue du système", "unexpected system error");
  }
}
