package dev.careplan.model.yobo;

import dev.careplan.model.Party;
import java.util.Optional;

/**
 * Who sends the 介護予防 plan documents to whom (spec §3, README §14). Plan documents are made by a
 * 地域包括支援センター (service kind {@code 46}, 介護予防支援) or a 居宅介護支援事業所 (kind {@code 43}); providers import them
 * but never send them. In the 委託 case the office works on behalf of the centre: the plan may be made by the centre
 * and sent to the office, which forwards it to providers, or made by the office, which sends it to providers and on
 * to the centre.
 *
 * <p>Decision where the standard is silent: a route is told by the service kinds of the two parties only; the
 * 委託の有無 field of the rows is not compared with it, because a 居宅介護支援事業所 designated for 介護予防支援 sends as
 * 自前 on the same route as an entrusted one.
 */
public enum PreventionRoute {
    /** 地域包括支援センター → サービス事業所 (the centre's own plan, 委託なし). */
    CENTRE_TO_PROVIDER(false),
    /** 地域包括支援センター → 居宅介護支援事業所 (委託: the centre made the plan; the office forwards it). */
    CENTRE_TO_OFFICE(true),
    /** 居宅介護支援事業所 → サービス事業所 (the office's plan, or a centre's plan forwarded under 委託). */
    OFFICE_TO_PROVIDER(false),
    /** 居宅介護支援事業所 → 地域包括支援センター (委託: the office sends its plan to the centre). */
    OFFICE_TO_CENTRE(true);

    /** Service kind of a 地域包括支援センター acting for 介護予防支援. */
    public static final String CENTRE_KIND = "46";
    /** Service kind of a 居宅介護支援事業所. */
    public static final String OFFICE_KIND = "43";

    private final boolean entrustment;

    PreventionRoute(boolean entrustment) {
        this.entrustment = entrustment;
    }

    /** True for the routes that exist only under 委託 (between centre and office). */
    public boolean isEntrustment() {
        return entrustment;
    }

    /** The route from sender to receiver, if plan documents may travel that way. */
    public static Optional<PreventionRoute> of(Party sender, Party receiver) {
        String from = sender.kind().code();
        String to = receiver.kind().code();
        boolean toCentre = to.equals(CENTRE_KIND);
        boolean toOffice = to.equals(OFFICE_KIND);
        if (from.equals(CENTRE_KIND)) {
            return toCentre ? Optional.empty() : Optional.of(toOffice ? CENTRE_TO_OFFICE : CENTRE_TO_PROVIDER);
        }
        if (from.equals(OFFICE_KIND)) {
            return toOffice ? Optional.empty() : Optional.of(toCentre ? OFFICE_TO_CENTRE : OFFICE_TO_PROVIDER);
        }
        return Optional.empty();
    }
}
