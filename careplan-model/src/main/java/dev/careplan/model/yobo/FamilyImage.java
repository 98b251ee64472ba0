package dev.careplan.model.yobo;

import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * 家族構成 画像ファイル ({@code UPKIHON_IMAGE}): the family-structure picture a 利用者基本情報 names in No.62, carried as
 * a typed attachment of its send unit.
 *
 * <p>Its file name is {@code UPKIHON_IMAGE_} + the tail of the unit's UPKIHON file name + {@code _} + a 4-digit
 * branch number + {@code .jpg} ({@link #fileName(Party, Party, SequenceNumber)}). Decisions where the standard is
 * silent: the content is checked by its magic bytes, not by the extension; JPEG is what the layout names, PNG is
 * accepted as well because drawing tools export it, and the name keeps {@code .jpg} as the grammar demands; the size is
 * limited to {@link #MAX_BYTES} so that a unit stays transportable (the standard sets no limit). The bytes are kept
 * exactly as given.
 */
public final class FamilyImage {

    /** Largest accepted image: 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The picture formats recognised by their magic bytes. */
    public enum Format {
        /** JPEG ({@code FF D8 FF}). */
        JPEG,
        /** PNG ({@code 89 50 4E 47 0D 0A 1A 0A}). */
        PNG
    }

    private final int branch;
    private final Format format;
    private final byte[] content;

    private FamilyImage(int branch, Format format, byte[] content) {
        this.branch = branch;
        this.format = format;
        this.content = content;
    }

    /**
     * An image with its branch number (枝番, 1–9999).
     *
     * @throws InvalidValueException when the branch is out of range, the content is empty, too large, or neither
     *                               JPEG nor PNG
     */
    public static FamilyImage of(int branch, byte[] content) {
        Objects.requireNonNull(content, "content");
        if (branch < 1 || branch > 9999) {
            throw new InvalidValueException("枝番", "branch", "1～9999の番号にしてください。",
                    "must be a number from 1 to 9999.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException("家族構成画像", "familyImage",
                    "画像が大きすぎます（" + MAX_BYTES / (1024 * 1024) + "MiBまで）。",
                    "the image is too large (at most " + MAX_BYTES / (1024 * 1024) + " MiB).");
        }
        Format format = detect(content);
        return new FamilyImage(branch, format, content.clone());
    }

    private static Format detect(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (c.length >= png.length && Arrays.equals(Arrays.copyOf(c, png.length), png)) {
            return Format.PNG;
        }
        throw new InvalidValueException("家族構成画像", "familyImage", "JPEGまたはPNGの画像にしてください。",
                "must be a JPEG or PNG image.");
    }

    /** The 4-digit branch number (枝番) at the end of the file name. */
    public int branch() {
        return branch;
    }

    /** The format found in the content. */
    public Format format() {
        return format;
    }

    /** A copy of the bytes, exactly as given. */
    public byte[] content() {
        return content.clone();
    }

    /** Size in bytes. */
    public int size() {
        return content.length;
    }

    /** The file name of this image in a unit of these parties and sequence number. */
    public String fileName(Party sender, Party receiver, SequenceNumber sequence) {
        return "UPKIHON_IMAGE_" + sender.office().value() + "_" + sender.kind().code() + "_"
                + receiver.office().value() + "_" + receiver.kind().code() + "_" + sequence.value() + "_"
                + String.format(Locale.ROOT, "%04d", branch) + ".jpg";
    }

    /** Equal branch, format and bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyImage f && f.branch == branch && f.format == format
                && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * branch + Arrays.hashCode(content);
    }

    /** No content: a family picture is personal data. */
    @Override
    public String toString() {
        return "FamilyImage[branch=" + branch + ", format=" + format + ", size=" + content.length + "]";
    }
}
