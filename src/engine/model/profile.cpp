// Names of the profile's enums, as written in profile files (docs/PROFILE_FORMAT.md).
#include "engine/model/profile.h"

namespace mm {

const char* ToString(Deployment d) {
    switch (d) {
        case Deployment::kEither:
            return "either";
        case Deployment::kApi:
            return "api";
        case Deployment::kSelfHost:
            return "self_host";
    }
    return "invalid";
}
const char* ToString(DevicePricing p) {
    return p == DevicePricing::kPurchase ? "purchase" : "rent";
}
const char* ToString(Quantization q) {
    switch (q) {
        case Quantization::kFp16:
            return "fp16";
        case Quantization::kQ8:
            return "q8";
        case Quantization::kQ4:
            return "q4";
    }
    return "invalid";
}
const char* ToString(Direction d) {
    return d == Direction::kBenefit ? "benefit" : "cost";
}
const char* ToString(MissingPolicy p) {
    switch (p) {
        case MissingPolicy::kExclude:
            return "exclude";
        case MissingPolicy::kWorst:
            return "worst";
        case MissingPolicy::kMedian:
            return "median";
    }
    return "invalid";
}
const char* ToString(WeightMode m) {
    switch (m) {
        case WeightMode::kDirect:
            return "direct";
        case WeightMode::kRankOrder:
            return "rank_order";
        case WeightMode::kSwing:
            return "swing";
        case WeightMode::kAhp:
            return "ahp";
        case WeightMode::kEntropy:
            return "entropy";
        case WeightMode::kCritic:
            return "critic";
        case WeightMode::kStd:
            return "std";
        case WeightMode::kMerec:
            return "merec";
    }
    return "invalid";
}
const char* ToString(SamplingMode m) {
    return m == SamplingMode::kAround ? "around" : "uniform";
}

}  // namespace mm
