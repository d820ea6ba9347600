package vn.qrgate.protocol.subject;

import vn.qrgate.protocol.code.Kind;

/** The holder of an accepted code, with every field its kind of code carries. */
public sealed interface Subject permits CccdSubject, PcCovidSubject, BhytSubject, Qg1Subject {

    Kind kind();

    /** The fields common to all kinds: what events carry and masking shows. */
    Identity identity();
}
